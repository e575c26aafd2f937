"""The disguise through the generated Python bindings: a calculator session, unlocking
through it, quick exit, the second (decoy) PIN and the emergency (duress) PIN."""

import os
import tempfile
import threading
import unittest

import harbour
from test_foundation import MemoryKeystore, OPTIONS

K = harbour.CalcKey


def keys(text):
    ops = {"+": harbour.CalcOp.ADD, "-": harbour.CalcOp.SUBTRACT, "*": harbour.CalcOp.MULTIPLY, "/": harbour.CalcOp.DIVIDE}
    for c in text:
        if c.isdigit():
            yield K.DIGIT(digit=int(c))
        elif c in ops:
            yield K.OPERATOR(op=ops[c])
        elif c == "=":
            yield K.EQUALS()
        elif c == ".":
            yield K.POINT()
        elif c == "%":
            yield K.PERCENT()
        else:
            raise ValueError(c)


def type_on(disguise, text):
    view = disguise.view()
    for key in keys(text):
        view = disguise.press(key)
    return view


class Disguise(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.app = harbour.HarbourApp(os.path.join(self.tmp.name, "data"), MemoryKeystore())
        self.app.setup("2580", OPTIONS)
        self.app.journal_append(harbour.JournalDraft(text="MARKER-real-journal"))
        self.app.lock()
        self.calc = self.app.disguise()

    def tearDown(self):
        self.tmp.cleanup()

    def test_a_calculator_session(self):
        self.assertEqual(type_on(self.calc, "0.1+0.2=").display, "0.3")
        self.assertEqual(type_on(self.calc, "2+3*4=").display, "14")
        self.assertEqual(type_on(self.calc, "5/0=").display, "Error")
        self.assertTrue(self.calc.view().error)
        self.calc.press(K.ALL_CLEAR())
        self.assertEqual(type_on(self.calc, "50+10%=").display, "55")
        self.assertIsNone(self.calc.wait_for_attempt(50), "calculations are never unlock attempts")

    def test_unlock_through_the_calculator_and_quick_exit(self):
        view = type_on(self.calc, "1111=")
        self.assertEqual(view.display, "1111")
        self.assertIs(self.calc.wait_for_attempt(10000), False)
        self.assertFalse(self.app.status().unlocked)

        heard = []
        done = threading.Event()

        class Observer(harbour.UnlockObserver):
            def on_attempt(self, unlocked):
                heard.append(unlocked)
                done.set()

        self.calc.set_observer(Observer())
        self.assertEqual(type_on(self.calc, "2580=").display, "2580")
        self.assertTrue(done.wait(10))
        self.assertEqual(heard, [True])
        self.assertEqual(self.app.journal_list(0, 5)[0].text, "MARKER-real-journal")

        view = self.calc.quick_exit()
        self.assertEqual(view.display, "0")
        self.assertFalse(self.app.status().unlocked)
        with self.assertRaises(harbour.HarbourError.Locked):
            self.app.journal_list(0, 5)

    def test_background_locks(self):
        self.app.unlock("2580")
        view = self.calc.lifecycle(harbour.AppLifecycle.BACKGROUND)
        self.assertEqual(view.display, "0")
        self.assertFalse(self.app.status().unlocked)

    def test_decoy_and_duress(self):
        self.app.unlock("2580")
        with self.assertRaises(harbour.HarbourError.SecondPinRequired):
            self.app.set_duress_pin("7777")
        self.app.set_decoy_pin("1111", True)
        self.app.set_duress_pin("7777")
        with self.assertRaises(harbour.HarbourError.PinInUse):
            self.app.set_duress_pin("2580")
        self.calc.quick_exit()

        type_on(self.calc, "1111=")
        self.assertIs(self.calc.wait_for_attempt(10000), True)
        decoy = [e.text for e in self.app.journal_list(0, 40)]
        self.assertGreaterEqual(len(decoy), 9)
        self.assertNotIn("MARKER-real-journal", decoy)
        # A second-PIN session answers like a main session with no second PIN yet, and keeps
        # what it is told to itself: no PIN of the main session is revealed or changed.
        self.assertEqual(self.app.safety_pins(), harbour.SafetyPins(second=False, emergency=False))
        self.app.set_decoy_pin("2580", False)
        self.assertEqual(self.app.safety_pins(), harbour.SafetyPins(second=True, emergency=False))
        self.calc.quick_exit()

        type_on(self.calc, "7777=")
        self.assertIs(self.calc.wait_for_attempt(10000), True)
        self.assertEqual([e.text for e in self.app.journal_list(0, 40)], decoy, "the emergency PIN shows the second journal")
        self.calc.quick_exit()
        type_on(self.calc, "2580=")
        self.assertIs(self.calc.wait_for_attempt(10000), False, "the real PIN now fails like any wrong PIN")
        for name in os.listdir(os.path.join(self.tmp.name, "data")):
            with open(os.path.join(self.tmp.name, "data", name), "rb") as f:
                self.assertNotIn(b"MARKER-real-journal", f.read())

    def test_a_notes_only_second_pin_shows_no_help(self):
        self.app.unlock("2580")
        self.app.set_decoy_pin_showing("1111", True, harbour.SessionShows.NOTES_ONLY)
        self.assertEqual(self.app.session_shows(), harbour.SessionShows.EVERYTHING)
        self.calc.quick_exit()
        type_on(self.calc, "1111=")
        self.assertIs(self.calc.wait_for_attempt(10000), True)
        self.assertEqual(self.app.session_shows(), harbour.SessionShows.NOTES_ONLY)
        with self.assertRaises(harbour.HarbourError.NotAvailable) as caught:
            self.app.helplines(harbour.HelplineQuery(country="GB"))
        words = harbour.Translator(["en"]).describe_error(caught.exception)
        self.assertEqual(words, "This is not available here.")
        self.assertGreater(len(self.app.journal_list(0, 40)), 0)
        self.calc.quick_exit()
        self.assertEqual(self.app.session_shows(), harbour.SessionShows.EVERYTHING)

    def test_handoff_and_reset(self):
        # Once a PIN exists, hand-over and whom exports are for need the main session.
        with self.assertRaises(harbour.HarbourError.Locked):
            self.app.handoff()
        self.app.unlock("2580")
        self.app.configure_outreach(harbour.OutreachConfig(locale="ti", country="GB", organisation_name="Outreach"))
        self.app.handoff()
        self.assertFalse(self.app.status().set_up)
        self.assertEqual(self.app.outreach_config().country, "GB")
        code = self.app.begin_reset()
        with self.assertRaises(harbour.HarbourError.WrongConfirmation):
            self.app.reset("not-the-code")
        self.app.reset(code)
        self.assertIsNone(self.app.outreach_config().country)


if __name__ == "__main__":
    unittest.main()
