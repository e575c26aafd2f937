package org.harbourapp.android.logic

import java.util.concurrent.Executors
import java.util.concurrent.ScheduledExecutorService
import java.util.concurrent.TimeUnit

/** A timer or queued task that has not run yet. */
fun interface Cancel {
    fun cancel()
}

/**
 * The shell's one background thread for store work: reads, draft saves, the lock after a
 * draft is flushed. One thread keeps them in order (a draft is saved before the lock that
 * follows it); none of them ever runs on the main thread, where a slow disk would freeze the
 * screen.
 */
interface Worker {
    fun run(task: () -> Unit)

    fun later(delayMs: Long, task: () -> Unit): Cancel
}

/** The real one: a single daemon thread. */
class ThreadWorker(name: String = "harbour-store") : Worker {
    private val executor: ScheduledExecutorService = Executors.newSingleThreadScheduledExecutor { r ->
        Thread(r, name).apply { isDaemon = true }
    }

    override fun run(task: () -> Unit) {
        executor.execute(task)
    }

    override fun later(delayMs: Long, task: () -> Unit): Cancel {
        val future = executor.schedule(task, delayMs, TimeUnit.MILLISECONDS)
        return Cancel { future.cancel(false) }
    }

    fun shutdown() {
        executor.shutdown()
    }
}
