package io.corroborate.devstack;

/** The one pause of devstack's wait loops (servers starting and stopping). */
public final class Pause {

    private Pause() {
    }

    /** Sleeps; an interrupt ends the wait loop that asked, with the thread's interrupt flag kept. */
    public static void millis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
