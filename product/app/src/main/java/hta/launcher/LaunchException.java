package hta.launcher;

/** The application could not be started; the message is meant for the user. */
final class LaunchException extends Exception {
    LaunchException(String message) {
        super(message);
    }

    LaunchException(String message, Throwable cause) {
        super(message, cause);
    }
}
