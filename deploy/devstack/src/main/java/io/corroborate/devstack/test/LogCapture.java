package io.corroborate.devstack.test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Records what one logger logs, at every level, between {@link #start} and {@link #stop}: tests count the SQL
 * statements Hibernate logs, or read the operations the gateway sends. The logger's level is put back on stop, so
 * the tests that follow in the same JVM log as before.
 */
public final class LogCapture {

    private final Logger logger;
    private final List<String> messages = new CopyOnWriteArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            messages.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level levelBefore;

    public LogCapture(String loggerName) {
        this.logger = Logger.getLogger(loggerName);
    }

    public void start() {
        levelBefore = logger.getLevel();
        logger.setLevel(Level.ALL);
        logger.addHandler(recorder);
    }

    public void stop() {
        logger.removeHandler(recorder);
        logger.setLevel(levelBefore);
    }

    /** What was logged since the last {@link #clear}, oldest first. */
    public List<String> messages() {
        return List.copyOf(messages);
    }

    public void clear() {
        messages.clear();
    }
}
