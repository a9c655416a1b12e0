package hta.export.pdf;

import java.util.List;

/** An export that was not made, with every reason and the place it refers to. Nothing was written. */
public final class ExportRefusedException extends Exception {
    private final List<String> places;

    public ExportRefusedException(String message, List<String> places) {
        super(message + (places.isEmpty() ? "" : ": " + String.join("; ", places)));
        this.places = List.copyOf(places);
    }

    public List<String> places() {
        return places;
    }
}
