"""Content through the generated Python bindings: the embedded helplines with no import,
open-now ordering, the police warning, search, self-screening, and a pack import with
progress, cancellation and typed refusals."""

import os
import tempfile
import unittest

import harbour
from test_foundation import MemoryKeystore

FIXTURES = os.environ["HARBOUR_TEST_FIXTURES"]
PACK_V2 = os.path.join(FIXTURES, "pack-v2.hpack")
PUBLIC_KEY = open(os.path.join(FIXTURES, "publisher.pub")).read().strip()
STRANGER_PACK = os.path.join(FIXTURES, "pack-stranger.hpack")


class Progress(harbour.ProgressListener):
    def __init__(self, stop_after=None):
        self.calls = []
        self.stop_after = stop_after

    def on_progress(self, done, total):
        self.calls.append((done, total))
        return self.stop_after is None or done < self.stop_after


class Content(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = os.path.join(self.tmp.name, "data")
        trusted = [harbour.PublisherKey(name="Test outreach org", key_hex=PUBLIC_KEY)]
        self.app = harbour.HarbourApp.with_publishers(self.dir, MemoryKeystore(), trusted)

    def tearDown(self):
        self.tmp.cleanup()

    def test_embedded_helplines_with_no_import(self):
        lines = self.app.helplines(harbour.HelplineQuery(country="GB", languages=["en"]))
        keys = [h.key for h in lines]
        self.assertIn("gb-mseh", keys)
        mseh = next(h for h in lines if h.key == "gb-mseh")
        self.assertEqual(mseh.open, harbour.OpenStatus.ALWAYS())
        self.assertFalse(mseh.law_enforcement)
        phone = mseh.channels[0]
        self.assertEqual(phone.kind, harbour.ChannelKind.PHONE)
        self.assertTrue(phone.dial.startswith("+44"))
        us = self.app.helplines(harbour.HelplineQuery(country="US"))
        # Who may hear what the caller says comes with every line, before its number.
        nhth = next(h for h in us if h.key == "us-nhth")
        self.assertEqual(nhth.purpose, harbour.LinePurpose.HELP)
        self.assertIn(harbour.Recipient.POLICE, nhth.shares_with)
        self.assertTrue(nhth.risky)
        # Lines that take reports for law enforcement are listed apart, not among help.
        self.assertNotIn("us-ice-hsi-tipline", [h.key for h in us])
        reports = self.app.helplines(harbour.HelplineQuery(country="US", purpose=harbour.LinePurpose.REPORT))
        ice = next(h for h in reports if h.key == "us-ice-hsi-tipline")
        self.assertTrue(ice.law_enforcement and ice.risky)
        self.assertEqual(ice.operator, harbour.Operator.IMMIGRATION)
        self.assertEqual(set(ice.shares_with), {harbour.Recipient.IMMIGRATION, harbour.Recipient.POLICE})
        safe = self.app.helplines(harbour.HelplineQuery(country="US", exclude_law_enforcement=True))
        self.assertNotIn("us-ice-hsi-tipline", [h.key for h in safe])
        self.assertIn("gb-mseh", [h.key for h in lines])
        # Open lines come before lines whose hours are unknown or that are closed.
        ranks = [0 if h.open in (harbour.OpenStatus.ALWAYS(),) or isinstance(h.open, harbour.OpenStatus.OPEN) else 1 for h in us]
        self.assertEqual(ranks, sorted(ranks))

    def test_search_and_screening(self):
        found = self.app.articles(harbour.ArticleQuery(text="passport", jurisdictions=["GB", "INT", "EU", "COE", "INT-ILO"]))
        self.assertTrue(found)
        questions = self.app.screening_questions(["en"])
        self.assertGreaterEqual(len(questions), 11)
        self.assertTrue(all(q.text for q in questions))
        self.assertEqual(sum(1 for q in questions if q.is_age), 1)
        skipped = self.app.score_screening([])
        self.assertEqual(skipped.level, harbour.ScreeningLevel.NO_ANSWERS)
        none = self.app.score_screening([harbour.AnsweredQuestion(question_id=q.id, answer=harbour.ScreeningAnswer.NO) for q in questions])
        self.assertEqual(none.level, harbour.ScreeningLevel.NO_SIGNS)
        docs = self.app.score_screening([harbour.AnsweredQuestion(question_id="documents", answer=harbour.ScreeningAnswer.YES)])
        self.assertEqual(docs.level, harbour.ScreeningLevel.WARNING_SIGNS)
        self.assertIn("documents", docs.topics)
        rights = self.app.articles(harbour.ArticleQuery(topics=docs.topics))
        self.assertTrue(rights)
        urgent = self.app.score_screening([harbour.AnsweredQuestion(question_id="violence", answer=harbour.ScreeningAnswer.YES)])
        self.assertEqual(urgent.level, harbour.ScreeningLevel.URGENT)

    def test_pack_import_with_progress_cancel_and_refusals(self):
        truncated = os.path.join(self.tmp.name, "cut-new.hpack")
        with open(PACK_V2, "rb") as f, open(truncated, "wb") as out:
            out.write(f.read()[:-10])
        with self.assertRaises(harbour.HarbourError.PackTruncated):
            self.app.import_pack(truncated, None)

        cancel = Progress(stop_after=0)
        with self.assertRaises(harbour.HarbourError.Cancelled):
            self.app.import_pack(PACK_V2, cancel)
        self.assertNotIn("test-outreach", [p.pack_id for p in self.app.installed_packs()])

        progress = Progress()
        summary = self.app.import_pack(PACK_V2, progress)
        self.assertEqual((summary.pack_id, summary.version, summary.helplines, summary.articles), ("test-outreach", 2, 1, 1))
        self.assertEqual(progress.calls[0], (0, 2))
        self.assertEqual(progress.calls[-1], (2, 2))
        keys = [h.key for h in self.app.helplines(harbour.HelplineQuery(country="GB", languages=["ti"], require_language=True))]
        self.assertIn("test-gb-line", keys)
        found = self.app.articles(harbour.ArticleQuery(text="หนังสือเดินทาง", locales=["ti"]))
        self.assertEqual([a.key for a in found], ["test-th-1"])
        self.assertEqual(found[0].title, "ፓስፖርትኩም ኣብ ታይላንድ")
        self.assertFalse(found[0].text.shown_in_english)
        self.assertTrue(found[0].text.machine)
        english = self.app.articles(harbour.ArticleQuery(text="หนังสือเดินทาง", locales=["so"]))
        self.assertTrue(english[0].text.shown_in_english)
        shared = self.app.share_pack("test-outreach")
        with open(PACK_V2, "rb") as f:
            self.assertEqual(shared, f.read())

        with self.assertRaises(harbour.HarbourError.PackNotNewer) as caught:
            self.app.import_pack(PACK_V2, None)
        self.assertEqual((caught.exception.installed, caught.exception.offered), (2, 2))
        with self.assertRaises(harbour.HarbourError.PackUnknownPublisher):
            self.app.import_pack(STRANGER_PACK, None)
        # A cut copy of the installed version is refused from its signed header alone: there
        # is nothing newer in it, whatever its sections hold.
        truncated = os.path.join(self.tmp.name, "cut.hpack")
        with open(PACK_V2, "rb") as f, open(truncated, "wb") as out:
            out.write(f.read()[:-10])
        with self.assertRaises(harbour.HarbourError.PackNotNewer):
            self.app.import_pack(truncated, None)
        self.assertIn("test-gb-line", [h.key for h in self.app.helplines(harbour.HelplineQuery(country="GB"))])

    def test_a_refused_pack_is_described_in_the_person_s_language(self):
        with self.assertRaises(harbour.HarbourError.PackUnknownPublisher) as caught:
            self.app.import_pack(STRANGER_PACK, None)
        text = harbour.Translator(["en"]).describe_error(caught.exception)
        self.assertEqual(text, "This file is not signed by a trusted organisation.")


if __name__ == "__main__":
    unittest.main()
