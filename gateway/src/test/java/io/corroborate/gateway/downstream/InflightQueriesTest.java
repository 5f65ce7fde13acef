package io.corroborate.gateway.downstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;

/** Identical queries in flight share one call; nothing outlives the call. (A unit test: the "service" is a stub.) */
class InflightQueriesTest {

    private final InflightQueries<String> queries = new InflightQueries<>();
    private final AtomicInteger sent = new AtomicInteger();
    private UniEmitter<? super String> pending;

    private Uni<String> call() {
        sent.incrementAndGet();
        return Uni.createFrom().emitter(emitter -> pending = emitter);
    }

    @Test
    void twoIdenticalQueriesInFlightAtOnceAreSentOnceAndBothGetTheAnswer() {
        var first = queries.share("q", this::call).subscribeAsCompletionStage();
        var second = queries.share("q", this::call).subscribeAsCompletionStage();
        pending.complete("answer");

        assertEquals("answer", first.join());
        assertEquals("answer", second.join());
        assertEquals(1, sent.get());
    }

    @Test
    void differentQueriesAreNotShared() {
        queries.share("q as vera", this::call).subscribeAsCompletionStage();
        queries.share("q as eddie", this::call).subscribeAsCompletionStage();

        assertEquals(2, sent.get());
    }

    @Test
    void aQuerySentAfterTheSharedOneFinishedIsSentAnew() {
        var first = queries.share("q", this::call).subscribeAsCompletionStage();
        pending.complete("old");
        assertEquals("old", first.join());

        var later = queries.share("q", this::call).subscribeAsCompletionStage();
        pending.complete("new");

        assertEquals("new", later.join());
        assertEquals(2, sent.get());
    }

    @Test
    void aFailureReachesEveryoneWaitingAndIsNotKept() {
        var first = queries.share("q", this::call).subscribeAsCompletionStage();
        var second = queries.share("q", this::call).subscribeAsCompletionStage();
        pending.fail(new IllegalStateException("down"));

        assertThrows(Exception.class, first::join);
        assertThrows(Exception.class, second::join);
        queries.share("q", this::call).subscribeAsCompletionStage();
        assertEquals(2, sent.get());
    }
}
