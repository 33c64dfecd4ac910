package io.cleanfeed.deploy.cli;

import java.nio.file.Path;

/** Where the command finds what ships with it: {@code samples/} of the installation. */
final class Inputs {

    private Inputs() {
    }

    /** The samples folder: {@code $CLEANFEED_HOME/samples} as set by the launcher, or {@code ./samples}. */
    static Path samples() {
        final String home = System.getProperty("cleanfeed.home");
        return home == null ? Path.of("samples") : Path.of(home, "samples");
    }
}
