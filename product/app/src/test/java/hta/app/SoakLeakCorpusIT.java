package hta.app;

/** The leak corpus, bigger: eight rounds of fresh random plants and look-alikes per memo (soak profile). */
class SoakLeakCorpusIT extends LeakCorpusIT {
    @Override
    int rounds() {
        return Integer.getInteger("hta.corpus.rounds", 8);
    }
}
