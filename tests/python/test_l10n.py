"""Localization through the generated Python bindings: Arabic plurals, per-message fallback,
bidi isolation and the dial helper, locale listing and negotiation."""

import unittest

import harbour


def num(name, value):
    return harbour.MessageArg(name=name, value=harbour.ArgValue.NUMBER(value=float(value)))


def text(name, value):
    return harbour.MessageArg(name=name, value=harbour.ArgValue.TEXT(value=value))


class Localization(unittest.TestCase):
    def test_arabic_plurals_differ_for_each_category(self):
        ar = harbour.Translator(["ar-SA"])
        self.assertEqual(ar.locale(), "ar")
        self.assertEqual(ar.direction(), harbour.TextDirection.RIGHT_TO_LEFT)
        forms = {n: ar.format("pin-attempts", [num("count", n)]) for n in (0, 1, 2, 3, 11, 100)}
        self.assertEqual(len(set(forms.values())), 6, forms)
        # Arabic-Indic digits for the number, isolated from the surrounding text.
        self.assertIn("\u2068١١\u2069", forms[11])

    def test_fallback_to_english_and_no_raw_ids(self):
        tr = harbour.Translator(["de-DE"])
        self.assertEqual(tr.locale(), "en")
        self.assertEqual(tr.format("nav-help", []), "Get help")
        self.assertEqual(tr.format("no-such-message", []), "")
        ar = harbour.Translator(["ar"])
        self.assertNotIn("nav-help", ar.format("nav-help", []))

    def test_phone_number_is_isolated_and_the_dial_helper_strips_it(self):
        ar = harbour.Translator(["ar"])
        sentence = ar.format("help-emergency", [text("number", "+44 800 121 700")])
        self.assertIn("\u2068+44 800 121 700\u2069", sentence)
        self.assertEqual(harbour.strip_bidi_controls("\u2068+44 800 121 700\u2069"), "+44 800 121 700")

    def test_locales_are_listed_with_their_status(self):
        locales = {l.id: l for l in harbour.available_locales()}
        for tag in ["en", "sq", "vi", "ti", "ar", "so", "fa", "ro", "es", "my", "tl", "am"]:
            self.assertIn(tag, locales)
        self.assertEqual(locales["en"].completeness, 100)
        self.assertTrue(locales["ti"].machine_drafted)
        self.assertFalse(locales["ti"].reviewed)
        self.assertEqual(locales["fa"].direction, harbour.TextDirection.RIGHT_TO_LEFT)
        self.assertEqual(harbour.negotiate_locale(["fil-PH", "en"]), "tl")

    def test_errors_are_described_in_the_person_s_language(self):
        es = harbour.Translator(["es"])
        message = es.describe_error(harbour.HarbourError.WrongPin(retry_after_secs=30))
        self.assertNotEqual(message, harbour.Translator(["en"]).describe_error(
            harbour.HarbourError.WrongPin(retry_after_secs=30)))
        self.assertTrue(message)


if __name__ == "__main__":
    unittest.main()
