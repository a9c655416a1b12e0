package hta.cli.internal;

import hta.dossier.Dossier;
import hta.dossier.repository.DossierFormatException;
import hta.dossier.repository.DossierNotFoundException;
import hta.dossier.repository.DossierRepository;

/** Loads one dossier for a command, turning the store's exceptions into one-line failures. */
final class DossierLoading {
    private DossierLoading() {
    }

    static Dossier load(DossierRepository repo, String id) {
        try {
            return repo.load(id);
        } catch (DossierNotFoundException e) {
            throw new CommandFailure(e.getMessage(), 1);
        } catch (DossierFormatException e) {
            throw new CommandFailure("cannot read " + e.problem(), 1);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage(), 2); // not a valid dossier id: a usage error
        }
    }
}
