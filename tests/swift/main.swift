// The whole flow through the generated Swift bindings (Swift 6 language mode, on Linux):
// set-up, calculator unlock, helplines open now, journal append + verify, export, quick exit,
// typed errors, a Rust panic as a thrown error, async/await.

import Foundation

final class MemoryKeystore: PlatformKeystore, @unchecked Sendable {
    private var secrets: [String: Data] = [:]
    private let lock = NSLock()
    func load(name: String) throws -> Data? { lock.withLock { secrets[name] } }
    func store(name: String, secret: Data) throws { lock.withLock { secrets[name] = secret } }
    func delete(name: String) throws { lock.withLock { _ = secrets.removeValue(forKey: name) } }
}

struct Failure: Error, CustomStringConvertible { let description: String }

func check(_ condition: Bool, _ what: String) throws {
    if !condition { throw Failure(description: what) }
}

let fixtures = ProcessInfo.processInfo.environment["HARBOUR_TEST_FIXTURES"]!
let floor = KdfSettings(memoryKib: 19 * 1024, passes: 2)
nonisolated(unsafe) var passed = 0
nonisolated(unsafe) var failed = 0

func test(_ name: String, _ body: () async throws -> Void) async {
    do {
        try await body()
        passed += 1
        print("ok   \(name)")
    } catch {
        failed += 1
        print("FAIL \(name): \(error)")
    }
}

func freshApp() throws -> HarbourApp {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("harbour-swift-\(UUID().uuidString)")
    let key = try String(contentsOfFile: fixtures + "/publisher.pub", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
    return try HarbourApp.withPublishers(dataDir: dir.path, keystore: MemoryKeystore(),
                                         trustedPublishers: [PublisherKey(name: "Test org", keyHex: key)])
}

func press(_ disguise: Disguise, _ keys: String) -> CalcView {
    var view = disguise.view()
    for c in keys {
        let key: CalcKey
        switch c {
        case "0"..."9": key = .digit(digit: UInt8(String(c))!)
        case "+": key = .operator(op: .add)
        case "*": key = .operator(op: .multiply)
        case "=": key = .equals
        default: fatalError("key \(c)")
        }
        view = disguise.press(key: key)
    }
    return view
}

await test("set-up, then the calculator opens the journal only with the PIN and =") {
    let app = try freshApp()
    try check(!(try app.status().setUp), "not set up at first")
    try await app.setupAsync(pin: "2580", options: VaultOptions(kdf: floor, usePlatformSecret: true))
    app.lock()
    let calc = app.disguise()
    try check(press(calc, "2+3*4=").display == "14", "precedence")
    try check(calc.waitForAttempt(timeoutMs: 50) == nil, "a calculation is not an attempt")
    try check(press(calc, "1111=").display == "1111", "a wrong PIN shows as a number")
    try check(calc.waitForAttempt(timeoutMs: 10000) == false, "the wrong PIN does not open")
    _ = press(calc, "2580=")
    try check(calc.waitForAttempt(timeoutMs: 10000) == true, "the PIN opens")
    try check(try app.status().unlocked, "unlocked")
}

await test("helplines open now, the police warning, and search, with no PIN") {
    let app = try freshApp()
    let gb = try app.helplines(query: HelplineQuery(country: "GB", languages: ["en"], openNowOnly: true))
    try check(gb.contains { $0.key == "gb-mseh" && $0.open == .always }, "the UK helpline is open day and night")
    let us = try app.helplines(query: HelplineQuery(country: "US"))
    try check(!us.contains { $0.key == "us-ice-hsi-tipline" }, "report lines are not listed among help")
    try check(us.contains { $0.key == "us-nhth" && $0.risky && $0.sharesWith.contains(.police) }, "who may hear is said")
    let reports = try app.helplines(query: HelplineQuery(country: "US", purpose: .report))
    try check(reports.contains { $0.key == "us-ice-hsi-tipline" && $0.lawEnforcement && $0.sharesWith.contains(.immigration) },
              "immigration line flagged")
    try check(!(try app.articles(query: ArticleQuery(text: "passport"))).isEmpty, "search finds rights")
}

await test("journal append, verify, export, and quick exit locks everything") {
    let app = try freshApp()
    try app.setup(pin: "2580", options: VaultOptions(kdf: floor, usePlatformSecret: true))
    let id = try app.journalAppend(draft: JournalDraft(text: "MARKER-swift", tags: ["pay"], category: "pay"))
    try app.journalRevise(id: id, draft: JournalDraft(text: "MARKER-swift revised"))
    let verified = try await app.journalVerifyAsync()
    try check(verified.events == 2 && verified.witnessCode.hasPrefix("#2 "), "verified")
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("harbour-\(UUID().uuidString).age").path
    let result = try await app.journalExportAsync(path: out, target: .passphrase(passphrase: "a long passphrase"),
                                                  locales: ["en"], progress: nil)
    try check(result.events == 2, "exported")
    let bytes = try Data(contentsOf: URL(fileURLWithPath: out))
    try check(bytes.starts(with: Array("age-encryption.org/v1".utf8)), "an age file")
    try check(bytes.range(of: Data("MARKER-swift".utf8)) == nil, "no plaintext")
    try check(app.disguise().quickExit().display == "0", "quick exit shows the calculator")
    do {
        _ = try app.journalList(offset: 0, limit: 10)
        throw Failure(description: "a locked vault answered")
    } catch HarbourError.Locked {}
    try? FileManager.default.removeItem(atPath: out)
}

await test("typed errors with their fields") {
    let app = try freshApp()
    try app.setup(pin: "2580", options: VaultOptions(kdf: floor, usePlatformSecret: true))
    app.lock()
    do {
        try app.unlock(pin: "0000")
        throw Failure(description: "a wrong PIN opened")
    } catch let HarbourError.WrongPin(retryAfterSecs) {
        try check(retryAfterSecs == 0, "no delay after one failure")
    }
    do {
        try checkPin(pin: "12")
        throw Failure(description: "a short PIN passed")
    } catch let HarbourError.InvalidInput(field, _) {
        try check(field == "pin", "names the field")
    }
    do {
        _ = try app.importPack(path: fixtures + "/pack-stranger.hpack", progress: nil)
        throw Failure(description: "a stranger's pack was accepted")
    } catch HarbourError.PackUnknownPublisher {}
}

await test("a Rust panic is a thrown error, not a crash") {
    do {
        _ = try debugPanic(message: "boom from Rust")
        throw Failure(description: "no error")
    } catch let error as HarbourError {
        throw Failure(description: "a typed error instead of a panic: \(error)")
    } catch let error as Failure {
        throw error
    } catch {
        try check("\(error)".contains("boom from Rust"), "the message arrives: \(error)")
    }
    do {
        _ = try await debugPanicAsync(message: "boom on a thread")
        throw Failure(description: "no error from the async panic")
    } catch is Failure {
        throw Failure(description: "no error from the async panic")
    } catch {}
    try check(negotiateLocale(preferences: ["ar"]) == "ar", "still working afterwards")
}

await test("localization: Arabic plurals and the dialer helper") {
    let ar = Translator(preferences: ["ar"])
    let forms = Set([0, 1, 2, 3, 11, 100].map {
        ar.format(id: "pin-attempts", args: [MessageArg(name: "count", value: .number(value: Double($0)))])
    })
    try check(forms.count == 6, "six Arabic forms")
    try check(stripBidiControls(text: "\u{2068}+44 800\u{2069}") == "+44 800", "marks stripped")
}

await shellLogicTests()

print("\(passed) passed, \(failed) failed")
exit(failed == 0 ? 0 : 1)
