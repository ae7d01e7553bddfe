package org.careroadmap.platform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What one transaction keeps for itself: values read once and used by every step of the transaction (a roadmap a
 * use case and its helpers need), and work done once just before the commit however many writes asked for it (a
 * roll-up rewritten once for a batch of 100 writes). Kept in a synchronization of the current transaction, so a
 * transaction suspended for an inner one keeps its own, and nothing outlives the transaction: a second node or the
 * next request reads afresh. Outside a transaction nothing is kept and the work runs at once.
 */
public final class TransactionMemory {

    private TransactionMemory() {
    }

    /** The value kept under {@code key} in this transaction, read by {@code read} the first time. */
    @SuppressWarnings("unchecked")
    public static <V> V remembered(Object key, Supplier<V> read) {
        Memory memory = current();
        if (memory == null) {
            return read.get();
        }
        Object kept = memory.values.get(key);
        if (kept == null) {
            kept = read.get();
            memory.values.put(key, kept);
        }
        return (V) kept;
    }

    /** Forgets what this transaction kept under keys {@code which} accepts (what it stands on has changed). */
    public static void forget(java.util.function.Predicate<Object> which) {
        Memory memory = current();
        if (memory != null) {
            memory.values.keySet().removeIf(which);
        }
    }

    /**
     * Runs {@code work} once before this transaction commits, however often it is asked for under the same key
     * (the first request's work runs); at once outside a transaction. A failure rolls the transaction back.
     */
    public static void beforeCommit(Object key, Runnable work) {
        Memory memory = current();
        if (memory == null) {
            work.run();
        } else {
            memory.pending.putIfAbsent(key, work);
        }
    }

    /**
     * Runs now the work asked for before the commit under keys {@code which} accepts, for a read in the same
     * transaction that must see its result.
     */
    public static void runPending(java.util.function.Predicate<Object> which) {
        Memory memory = current();
        if (memory != null) {
            memory.run(which);
        }
    }

    private static @Nullable Memory current() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof Memory memory) {
                return memory;
            }
        }
        Memory memory = new Memory();
        TransactionSynchronizationManager.registerSynchronization(memory);
        return memory;
    }

    private static final class Memory implements TransactionSynchronization {

        private final Map<Object, Object> values = new HashMap<>();
        private final Map<Object, Runnable> pending = new LinkedHashMap<>();

        void run(java.util.function.Predicate<Object> which) {
            // Work may ask for more work (or read what other work writes): take it out before running it.
            List<Runnable> due = new ArrayList<>();
            pending.entrySet().removeIf(e -> which.test(e.getKey()) && due.add(e.getValue()));
            due.forEach(Runnable::run);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            while (!pending.isEmpty()) {
                run(key -> true);
            }
        }

        @Override
        public int getOrder() {
            // Before other synchronizations' beforeCommit: the work writes inside the transaction.
            return 0;
        }
    }
}
