// The whole flow through the generated Kotlin bindings on the JVM: set-up, calculator unlock,
// helplines open now, journal append + verify, export, quick exit, typed exceptions, a Rust
// panic as an exception, coroutines, and two threads on one object.

import java.io.File
import java.nio.file.Files
import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit
import kotlin.concurrent.thread
import kotlinx.coroutines.runBlocking
import org.harbourapp.core.*

class MemoryKeystore : PlatformKeystore {
    private val secrets = ConcurrentHashMap<String, ByteArray>()
    override fun load(name: String): ByteArray? = secrets[name]
    override fun store(name: String, secret: ByteArray) { secrets[name] = secret }
    override fun delete(name: String) { secrets.remove(name) }
}

val fixtures = File(System.getenv("HARBOUR_TEST_FIXTURES") ?: error("HARBOUR_TEST_FIXTURES not set"))
val floor = KdfSettings(memoryKib = 19u * 1024u, passes = 2u)

var passed = 0
var failed = 0

fun check(condition: Boolean, what: String) {
    if (!condition) throw AssertionError(what)
}

inline fun <reified T : Throwable> expectThrows(what: String, block: () -> Unit): T {
    try {
        block()
    } catch (e: Throwable) {
        if (e is T) return e
        throw AssertionError("$what: expected ${T::class.simpleName}, got ${e::class.qualifiedName}: ${e.message}")
    }
    throw AssertionError("$what: expected ${T::class.simpleName}, nothing was thrown")
}

fun test(name: String, body: () -> Unit) {
    try {
        body()
        passed++
        println("ok   $name")
    } catch (e: Throwable) {
        failed++
        println("FAIL $name: $e")
    }
}

fun freshApp(): HarbourApp {
    val dir = Files.createTempDirectory("harbour-kt").toFile()
    dir.deleteOnExit()
    val trusted = listOf(PublisherKey(name = "Test org", keyHex = File(fixtures, "publisher.pub").readText().trim()))
    return HarbourApp.withPublishers(File(dir, "data").path, MemoryKeystore(), trusted)
}

fun press(disguise: Disguise, keys: String): CalcView {
    var view = disguise.view()
    for (c in keys) {
        val key = when (c) {
            in '0'..'9' -> CalcKey.Digit((c - '0').toUByte())
            '+' -> CalcKey.Operator(CalcOp.ADD)
            '*' -> CalcKey.Operator(CalcOp.MULTIPLY)
            '=' -> CalcKey.Equals
            else -> error("key $c")
        }
        view = disguise.press(key)
    }
    return view
}

fun main() {
    test("set-up, then the calculator opens the journal only with the PIN and =") {
        freshApp().use { app ->
            check(!app.status().setUp, "not set up at first")
            app.setup("2580", VaultOptions(kdf = floor, usePlatformSecret = true))
            app.lock()
            val calc = app.disguise()
            check(press(calc, "2+3*4=").display == "14", "precedence")
            check(calc.waitForAttempt(50u) == null, "a calculation is not an attempt")
            check(press(calc, "1111=").display == "1111", "a wrong PIN shows as a number")
            check(calc.waitForAttempt(10000u) == false, "the wrong PIN does not open")
            press(calc, "2580=")
            check(calc.waitForAttempt(10000u) == true, "the PIN opens")
            check(app.status().unlocked, "unlocked")
        }
    }

    test("helplines open now, the police warning, and search, with no PIN") {
        freshApp().use { app ->
            val gb = app.helplines(HelplineQuery(country = "GB", languages = listOf("en"), openNowOnly = true))
            check(gb.any { it.key == "gb-mseh" && it.open == OpenStatus.Always }, "the UK helpline is open day and night")
            val us = app.helplines(HelplineQuery(country = "US"))
            check(us.none { it.key == "us-ice-hsi-tipline" }, "report lines are not listed among help")
            check(us.any { it.key == "us-nhth" && it.risky && Recipient.POLICE in it.sharesWith }, "who may hear is said")
            val reports = app.helplines(HelplineQuery(country = "US", purpose = LinePurpose.REPORT))
            check(reports.any { it.key == "us-ice-hsi-tipline" && it.lawEnforcement && Recipient.IMMIGRATION in it.sharesWith }, "immigration line flagged")
            check(app.helplines(HelplineQuery(country = "US", excludeLawEnforcement = true)).none { it.lawEnforcement }, "excluded")
            check(app.articles(ArticleQuery(text = "passport")).isNotEmpty(), "search finds rights")
        }
    }

    test("journal append, verify, export, and quick exit locks everything") {
        freshApp().use { app ->
            runBlocking { app.setupAsync("2580", VaultOptions(kdf = floor, usePlatformSecret = true)) }
            val id = app.journalAppend(JournalDraft(text = "MARKER-kotlin", tags = listOf("pay"), category = "pay"))
            app.journalRevise(id, JournalDraft(text = "MARKER-kotlin revised"))
            val check = runBlocking { app.journalVerifyAsync() }
            check(check.events == 2UL && check.witnessCode.startsWith("#2 "), "verified: $check")
            val out = File.createTempFile("harbour", ".age").also { it.delete() }
            val result = runBlocking {
                app.journalExportAsync(out.path, ExportTarget.Passphrase("a long passphrase"), listOf("en"), null)
            }
            check(result.events == 2UL, "exported")
            check(out.readBytes().decodeToString().startsWith("age-encryption.org/v1"), "an age file")
            check(!out.readText(Charsets.ISO_8859_1).contains("MARKER-kotlin"), "no plaintext")
            val calc = app.disguise()
            check(calc.quickExit().display == "0", "quick exit shows the calculator")
            expectThrows<HarbourException.Locked>("after quick exit") { app.journalList(0UL, 10u) }
            out.delete()
        }
    }

    test("typed exceptions with their fields") {
        freshApp().use { app ->
            app.setup("2580", VaultOptions(kdf = floor, usePlatformSecret = true))
            app.lock()
            val wrong = expectThrows<HarbourException.WrongPin>("wrong PIN") { app.unlock("0000") }
            check(wrong.retryAfterSecs == 0UL, "no delay after one failure")
            val bad = expectThrows<HarbourException.InvalidInput>("short PIN") { checkPin("12") }
            check(bad.field == "pin", "names the field")
            expectThrows<HarbourException.PackUnknownPublisher>("stranger's pack") {
                app.importPack(File(fixtures, "pack-stranger.hpack").path, null)
            }
            expectThrows<HarbourException.AlreadySetUp>("set up twice") {
                app.setup("1111", VaultOptions(kdf = floor, usePlatformSecret = true))
            }
        }
    }

    test("a Rust panic is a Kotlin exception, not a crash") {
        val e = expectThrows<InternalException>("panic") { debugPanic("boom from Rust") }
        check(e.message?.contains("boom from Rust") == true, "the message arrives")
        expectThrows<InternalException>("panic on a thread") { runBlocking { debugPanicAsync("boom") } }
        check(negotiateLocale(listOf("ar")) == "ar", "still working afterwards")
    }

    test("two threads on one object: a pack import and a quick exit") {
        freshApp().use { app ->
            app.setup("2580", VaultOptions(kdf = floor, usePlatformSecret = true))
            val started = CountDownLatch(1)
            var summary: PackSummary? = null
            var importError: Throwable? = null
            val importer = thread {
                try {
                    summary = app.importPack(File(fixtures, "pack-v2.hpack").path, object : ProgressListener {
                        override fun onProgress(done: ULong, total: ULong): Boolean {
                            started.countDown()
                            return true
                        }
                    })
                } catch (e: Throwable) {
                    importError = e
                }
            }
            check(started.await(10, TimeUnit.SECONDS), "the import started")
            val t0 = System.nanoTime()
            app.disguise().quickExit()
            val tookMs = (System.nanoTime() - t0) / 1_000_000.0
            importer.join(10_000)
            check(importError == null && summary?.packId == "test-outreach", "the import finished: $importError")
            check(tookMs < 50.0, "quick exit did not wait ($tookMs ms)")
            check(!app.status().unlocked, "locked")
            check(app.helplines(HelplineQuery(country = "GB")).any { it.key == "test-gb-line" }, "imported content readable")
        }
    }

    test("localization: Arabic plurals and the dialer helper") {
        val ar = Translator(listOf("ar"))
        val forms = listOf(0, 1, 2, 3, 11, 100).map {
            ar.format("pin-attempts", listOf(MessageArg("count", ArgValue.Number(it.toDouble()))))
        }.toSet()
        check(forms.size == 6, "six Arabic forms")
        check(stripBidiControls("\u2068+44 800\u2069") == "+44 800", "marks stripped")
    }

    println("$passed passed, $failed failed")
    if (failed > 0) kotlin.system.exitProcess(1)
}
