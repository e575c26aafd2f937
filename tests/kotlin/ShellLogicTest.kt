// The Android shell's logic (examples/android/app/src/main/java/org/harbourapp/android/logic),
// compiled here with the generated bindings and run against the real library: drafts kept as
// they are typed and through a lock, activity holding off the auto-lock, the lock rule, error
// texts for every kind of failure (a Rust panic too), the link policy, a missing library.
package org.harbourapp.android.logic.tests

import java.io.File
import java.nio.file.Files
import java.util.concurrent.ConcurrentHashMap
import org.harbourapp.android.logic.*
import org.harbourapp.core.*

private class Keys : PlatformKeystore {
    private val secrets = ConcurrentHashMap<String, ByteArray>()
    override fun load(name: String): ByteArray? = secrets[name]
    override fun store(name: String, secret: ByteArray) { secrets[name] = secret }
    override fun delete(name: String) { secrets.remove(name) }
}

/** A worker whose clock the test moves: `run` runs at once, `later` when [advance] passes it. */
private class ManualWorker : Worker {
    private var now = 0L
    private val timers = mutableListOf<Triple<Long, () -> Unit, BooleanArray>>()

    override fun run(task: () -> Unit) = task()

    override fun later(delayMs: Long, task: () -> Unit): Cancel {
        val cancelled = BooleanArray(1)
        timers += Triple(now + delayMs, task, cancelled)
        return Cancel { cancelled[0] = true }
    }

    fun advance(ms: Long) {
        now += ms
        val due = timers.filter { it.first <= now }
        timers.removeAll(due)
        due.filter { !it.third[0] }.forEach { it.second() }
    }
}

private var passed = 0
private var failed = 0

private fun check(condition: Boolean, what: String) {
    if (!condition) throw AssertionError(what)
}

private fun test(name: String, body: () -> Unit) {
    try {
        body()
        passed++
        println("ok   shell: $name")
    } catch (e: Throwable) {
        failed++
        println("FAIL shell: $name: $e")
    }
}

private const val PIN = "2580"
private const val WORDS = "He took my passport on the 3rd"

private fun unlockedApp(): HarbourApp {
    val dir = Files.createTempDirectory("harbour-shell").toFile()
    dir.deleteOnExit()
    val app = HarbourApp(File(dir, "data").path, Keys())
    app.setup(PIN, VaultOptions(kdf = KdfSettings(memoryKib = 19u * 1024u, passes = 2u), usePlatformSecret = true))
    return app
}

private fun entry(text: String, category: String? = null) = UnsavedEntry(text = text, tags = emptyList(), category = category)

fun main() {
    test("the lock rule: covered or gone locks, in front does not, capture locks") {
        check(!LockRule.locks(Visibility.IN_FRONT), "in front")
        check(LockRule.locks(Visibility.COVERED), "covered (onPause, .inactive)")
        check(LockRule.locks(Visibility.GONE), "gone (onStop, .background)")
        check(LockRule.locksWhileCaptured(true) && !LockRule.locksWhileCaptured(false), "capture")
    }

    test("a draft is saved once the typing pauses, not on every key") {
        unlockedApp().use { app ->
            val worker = ManualWorker()
            val drafts = DraftKeeper(app, worker, quietMs = 800)
            drafts.changed(entry("H"))
            worker.advance(500)
            drafts.changed(entry("He"))
            worker.advance(500)
            check(app.journalDraft() == null, "nothing saved while typing")
            worker.advance(400)
            check(app.journalDraft() == entry("He"), "saved after the pause: ${app.journalDraft()}")
            check(app.journalCount() == 0uL, "a draft is not an entry")
        }
    }

    test("a lock mid-draft keeps the draft: covered before the pause, flushed, then locked") {
        unlockedApp().use { app ->
            val worker = ManualWorker()
            val drafts = DraftKeeper(app, worker)
            var shown: CalcView? = null
            val session = Session(app, app.disguise(), drafts, worker) { shown = it }
            drafts.changed(entry(WORDS, "documents"))
            session.visibility(Visibility.COVERED)
            check(!app.status().unlocked, "locked")
            check(shown?.display == "0", "a fresh calculator is shown")
            expectLocked { app.journalDraft() }
            app.unlock(PIN)
            val restored = drafts.restore()
            check(restored == Outcome.Done(entry(WORDS, "documents")), "restored: $restored")
            // Saved as an entry: appended, then forgotten.
            app.journalAppend(JournalDraft(text = WORDS, tags = emptyList(), category = "documents", attachments = emptyList()))
            check(drafts.forget() == Outcome.Done(Unit), "forgotten")
            check(app.journalDraft() == null && app.journalCount() == 1uL, "one entry, no draft")
        }
    }

    test("Hide saves the draft, then locks") {
        unlockedApp().use { app ->
            val worker = ManualWorker()
            val drafts = DraftKeeper(app, worker)
            val session = Session(app, app.disguise(), drafts, worker) {}
            drafts.changed(entry(WORDS))
            session.hide()
            check(!app.status().unlocked, "locked")
            app.unlock(PIN)
            check(app.journalDraft() == entry(WORDS), "kept")
        }
    }

    test("typing and reading keep the session open past the auto-lock time; idle locks it") {
        unlockedApp().use { app ->
            app.setAutoLockSecs(2u)
            val worker = ThreadWorker("test-store")
            val drafts = DraftKeeper(app, worker, quietMs = 100)
            val locks = java.util.concurrent.LinkedBlockingQueue<CalcView>()
            val session = Session(app, app.disguise(), drafts, worker) { locks.put(it) }
            var text = ""
            // 3.5 s of activity, a quarter second apart: longer than the 2 s limit.
            repeat(14) { i ->
                Thread.sleep(250)
                if (i % 2 == 0) {
                    text += "word "
                    drafts.changed(entry(text))
                } else {
                    session.interaction() // a scroll through helplines
                }
                session.tick()
            }
            Thread.sleep(200) // the worker drains its queue
            check(locks.isEmpty() && app.status().unlocked, "still open after 3.5 s of activity")
            Thread.sleep(2300)
            session.tick()
            check(locks.poll(5, java.util.concurrent.TimeUnit.SECONDS) != null, "locked when idle")
            check(!app.status().unlocked, "locked")
            app.unlock(PIN)
            check(app.journalDraft() == entry(text), "the draft survived the auto-lock")
            worker.shutdown()
        }
    }

    test("every failure is an outcome, a panic included, and says something a person can read") {
        unlockedApp().use { app ->
            val strings = Strings(Translator(listOf("so")))
            val english = Strings(Translator(listOf("en")))
            check(guarded { app.journalCount() } == Outcome.Done(0uL), "done")
            val bad = guarded { app.saveJournalDraft(entry("x", "holiday")) }
            check(bad is Outcome.Failed && !bad.hide && bad.error is HarbourException.InvalidInput, "bad input: $bad")
            app.lock()
            check(guarded { app.journalCount() } == Outcome.Locked, "locked")
            val panic = guarded { debugPanic("boom") }
            check(panic is Outcome.Failed && panic.hide && panic.error is InternalException, "panic: $panic")
            val generic = english["error-generic"]
            for (e in listOf(
                (bad as Outcome.Failed).error,
                HarbourException.Locked(),
                HarbourException.WrongPin(30uL),
                HarbourException.FileExists(),
                HarbourException.StorageFull(),
            )) {
                val said = english.error(e)
                check(said.isNotBlank() && said != generic && !said.contains("Exception"), "English for $e: $said")
                check(strings.error(e).isNotBlank() && strings.error(e) != said, "Somali for $e")
            }
            check(english.error((panic as Outcome.Failed).error) == generic, "a panic reads as the generic message")
            check(!english.error(panic.error).contains("boom"), "never the panic's own words")
        }
    }

    test("links: numbers go to the dialer or messages, bidi marks stripped; the rest is shown only") {
        fun channel(kind: ChannelKind, dial: String) = ContactChannel(kind = kind, dial = dial, display = dial, note = null)
        check(contactAction(channel(ChannelKind.PHONE, "\u2068+44 800-0121 700\u2069")) == ContactAction.Dial("+448000121700"), "phone")
        check(contactAction(channel(ChannelKind.SMS, "61120")) == ContactAction.Message("61120"), "sms")
        for (kind in listOf(ChannelKind.WHATSAPP, ChannelKind.WEB, ChannelKind.EMAIL)) {
            check(contactAction(channel(kind, "+447000000000")) == ContactAction.ShowOnly, "$kind is shown only")
        }
        check(contactAction(channel(ChannelKind.PHONE, "tel:123;ext=9")) == ContactAction.ShowOnly, "not a number")
        unlockedApp().use { app ->
            val lines = app.helplines(HelplineQuery(country = "GB"))
            val actions = lines.flatMap { it.channels }.map { contactAction(it) }
            check(actions.any { it is ContactAction.Dial }, "the UK's lines can be called")
        }
    }

    test("a missing native library is a state, not a crash") {
        val missing = openCore<HarbourApp> { throw UnsatisfiedLinkError("libharbour_ffi.so not found") }
        check(missing is Opening.NoLibrary, "no library: $missing")
        check(openCore { 7 } == Opening.Opened(7), "opened")
        check(openCore<Int> { throw IllegalStateException("x") } is Opening.Failed, "failed")
    }

    println("shell logic: $passed passed, $failed failed")
    if (failed > 0) kotlin.system.exitProcess(1)
}

private fun expectLocked(call: () -> Unit) {
    try {
        call()
    } catch (e: HarbourException.Locked) {
        return
    }
    throw AssertionError("expected Locked")
}
