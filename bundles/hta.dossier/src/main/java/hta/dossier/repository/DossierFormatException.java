package hta.dossier.repository;

/** A dossier file exists but cannot be read; {@link #problem()} says where and why. */
public final class DossierFormatException extends Exception {
    private final LoadProblem problem;

    public DossierFormatException(LoadProblem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public LoadProblem problem() {
        return problem;
    }
}
