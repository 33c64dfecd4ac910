package io.cleanfeed.core.runtime;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns SIGTERM and Ctrl-C into a request the main thread answers: the JVM's shutdown hook only
 * signals, then waits (up to two and a half minutes) until the main thread has closed what it runs, so that
 * stages commit their last transaction and temporary data is deleted before the process ends.
 *
 * <pre>{@code
 * try (GracefulShutdown shutdown = GracefulShutdown.install();
 *      StageRunner runner = StageRunner.start(stage, settings, registry)) {
 *     shutdown.await();
 * }   // closing the runner first, then the shutdown, lets the JVM exit
 * }</pre>
 */
public final class GracefulShutdown implements AutoCloseable {

    /** Longer than the slowest clean stop: three stages closing within 30 s each, then the broker. */
    private static final long MAX_WAIT_SECONDS = 150;

    private final CountDownLatch requested = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    private GracefulShutdown() {
        this.hook = new Thread(() -> {
            requested.countDown();
            try {
                finished.await(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "cleanfeed-shutdown");
    }

    public static GracefulShutdown install() {
        final GracefulShutdown shutdown = new GracefulShutdown();
        Runtime.getRuntime().addShutdownHook(shutdown.hook);
        return shutdown;
    }

    /** True once the process has been asked to stop. */
    public boolean requested() {
        return requested.getCount() == 0;
    }

    /** Blocks until the process is asked to stop. */
    public void await() throws InterruptedException {
        requested.await();
    }

    /** The main thread has finished: lets a waiting shutdown proceed, or removes the hook if none came. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (final IllegalStateException e) {
            // The JVM is already shutting down: the hook is running and has just been released.
        }
    }
}
