"""The journal through the generated Python bindings: append, edit, delete, verify, the
safety plan, and an export restored on a "new phone"."""

import os
import tempfile
import unittest

import harbour
from test_foundation import MemoryKeystore, OPTIONS


class Journal(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.app = harbour.HarbourApp(os.path.join(self.tmp.name, "phone"), MemoryKeystore())
        self.app.setup("2580", OPTIONS)

    def tearDown(self):
        self.tmp.cleanup()

    def test_append_edit_delete_verify(self):
        a = self.app.journal_append(harbour.JournalDraft(text="Paid 20 of 300.", tags=["pay"], category="pay"))
        photo = harbour.NewAttachmentData(name="payslip.jpg", mime="image/jpeg", data=b"\xff\xd8jpeg")
        b = self.app.journal_append(harbour.JournalDraft(text="Passport taken.", attachments=[photo]))
        self.app.journal_revise(a, harbour.JournalDraft(text="Paid 20 of 300 promised.", tags=["pay"], category="pay"))
        entries = self.app.journal_list(0, 10)
        self.assertEqual([e.id for e in entries], [b, a])
        first = self.app.journal_entry(a)
        self.assertEqual((first.text, first.revisions), ("Paid 20 of 300 promised.", 2))
        second = self.app.journal_entry(b)
        self.assertEqual(self.app.journal_attachment(second.attachments[0].id), b"\xff\xd8jpeg")
        self.app.journal_delete(b)
        self.assertTrue(self.app.journal_entry(b).deleted)
        with self.assertRaises(harbour.HarbourError.Deleted):
            self.app.journal_delete(b)
        check = self.app.journal_verify()
        self.assertEqual(check.events, 4)
        self.assertTrue(check.witness_code.startswith("#4 "))

    def test_bad_input_and_locked_calls_are_typed(self):
        with self.assertRaises(harbour.HarbourError.InvalidInput) as caught:
            self.app.journal_append(harbour.JournalDraft(text="  "))
        self.assertEqual(caught.exception.field, "text")
        with self.assertRaises(harbour.HarbourError.InvalidInput):
            self.app.journal_append(harbour.JournalDraft(text="x", tags=["bad/tag"]))
        self.assertEqual(self.app.journal_count(), 0)
        self.app.lock()
        with self.assertRaises(harbour.HarbourError.Locked):
            self.app.journal_list(0, 10)

    def test_safety_plan(self):
        person = harbour.SafePerson(name="Sister", contact="next door", code_word="mango")
        self.app.set_safety_plan_section(harbour.PlanSection.SAFE_PEOPLE(people=[person]))
        self.app.set_safety_plan_section(harbour.PlanSection.BAG(items=["phone", "charger"]))
        plan = self.app.safety_plan()
        self.assertIn(harbour.PlanSection.BAG(items=["phone", "charger"]), plan)
        self.assertEqual(self.app.journal_verify().events, 2)

    def test_export_and_import_on_a_new_phone(self):
        self.app.journal_append(harbour.JournalDraft(text="MARKER-export-7f3a"))
        self.app.set_safety_plan_section(harbour.PlanSection.NOTES(text="Leave on Sunday."))
        path = os.path.join(self.tmp.name, "journal.age")
        calls = []

        class Progress(harbour.ProgressListener):
            def on_progress(self, done, total):
                calls.append((done, total))
                return True

        result = self.app.journal_export(path, harbour.ExportTarget.PASSPHRASE(passphrase="a long passphrase"), ["en"], Progress())
        self.assertEqual(result.events, 2)
        self.assertEqual(calls[-1], (2, 2))
        with open(path, "rb") as f:
            data = f.read()
        self.assertTrue(data.startswith(b"age-encryption.org/v1"))
        self.assertNotIn(b"MARKER-export-7f3a", data)
        with self.assertRaises(harbour.HarbourError.InvalidInput):
            self.app.journal_export(path + "2", harbour.ExportTarget.PASSPHRASE(passphrase="short"), ["en"], None)

        new_phone = harbour.HarbourApp(os.path.join(self.tmp.name, "new-phone"), MemoryKeystore())
        new_phone.setup("1357", OPTIONS)
        with self.assertRaises(harbour.HarbourError.WrongPassphrase):
            new_phone.journal_import(path, "not the passphrase", None)
        check = new_phone.journal_import(path, "a long passphrase", None)
        self.assertEqual(check, self.app.journal_verify())
        self.assertEqual(new_phone.journal_list(0, 5)[0].text, "MARKER-export-7f3a")
        self.assertIn(harbour.PlanSection.NOTES(text="Leave on Sunday."), new_phone.safety_plan())


if __name__ == "__main__":
    unittest.main()
