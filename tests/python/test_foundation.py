"""The foundation through the generated Python bindings: set-up, unlock, wrong PIN with a
growing delay, restart, PIN change, keystore failures, all as typed exceptions."""

import os
import tempfile
import unittest

import harbour

FLOOR = harbour.KdfSettings(memory_kib=19 * 1024, passes=2)
OPTIONS = harbour.VaultOptions(kdf=FLOOR, use_platform_secret=True)


class MemoryKeystore(harbour.PlatformKeystore):
    def __init__(self):
        self.secrets = {}

    def load(self, name):
        return self.secrets.get(name)

    def store(self, name, secret):
        self.secrets[name] = bytes(secret)

    def delete(self, name):
        self.secrets.pop(name, None)


class UnavailableKeystore(harbour.PlatformKeystore):
    def load(self, name):
        raise harbour.KeystoreError.Unavailable()

    def store(self, name, secret):
        raise harbour.KeystoreError.Unavailable()

    def delete(self, name):
        raise harbour.KeystoreError.Unavailable()


class BrokenKeystore(MemoryKeystore):
    """A shell bug: raises something that is not a KeystoreError."""

    def load(self, name):
        raise RuntimeError("platform exploded")


class Foundation(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = os.path.join(self.tmp.name, "data")
        self.keystore = MemoryKeystore()

    def tearDown(self):
        self.tmp.cleanup()

    def app(self):
        return harbour.HarbourApp(self.dir, self.keystore)

    def test_setup_unlock_and_a_wrong_pin(self):
        app = self.app()
        status = app.status()
        self.assertFalse(status.set_up)
        self.assertFalse(status.unlocked)
        with self.assertRaises(harbour.HarbourError.NotSetUp):
            app.unlock("2580")

        app.setup("2580", OPTIONS)
        self.assertTrue(app.status().unlocked)
        self.assertEqual(app.kdf_settings(), FLOOR)
        with self.assertRaises(harbour.HarbourError.AlreadySetUp):
            app.setup("1111", OPTIONS)

        app.lock()
        self.assertFalse(app.status().unlocked)
        with self.assertRaises(harbour.HarbourError.WrongPin) as caught:
            app.unlock("0000")
        self.assertEqual(caught.exception.retry_after_secs, 0)
        self.assertIsInstance(caught.exception, harbour.HarbourError)
        self.assertEqual(app.status().failed_attempts, 1)

        app.unlock("2580")
        status = app.status()
        self.assertTrue(status.unlocked)
        self.assertEqual(status.failed_attempts, 0)

    def test_delay_grows_and_survives_a_restart(self):
        self.app().setup("2580", OPTIONS)
        app = self.app()
        delays = []
        for _ in range(5):
            with self.assertRaises(harbour.HarbourError.WrongPin) as caught:
                app.unlock("9999")
            delays.append(caught.exception.retry_after_secs)
        self.assertEqual(delays, [0, 0, 0, 0, 30])

        restarted = self.app()
        status = restarted.status()
        self.assertEqual(status.failed_attempts, 5)
        self.assertGreater(status.retry_after_secs, 0)
        # Even the right PIN is not tried while the delay runs.
        with self.assertRaises(harbour.HarbourError.RetryLater):
            restarted.unlock("2580")

    def test_change_pin(self):
        app = self.app()
        app.setup("2580", OPTIONS)
        with self.assertRaises(harbour.HarbourError.WrongPin):
            app.change_pin("1111", "7531")
        app.change_pin("2580", "a long passphrase")
        app.lock()
        with self.assertRaises(harbour.HarbourError.WrongPin):
            app.unlock("2580")
        app.unlock("a long passphrase")

    def test_invalid_input_names_the_field(self):
        app = self.app()
        with self.assertRaises(harbour.HarbourError.InvalidInput) as caught:
            app.setup("12", OPTIONS)
        self.assertEqual(caught.exception.field, "pin")
        self.assertIsInstance(caught.exception.problem, harbour.InputProblem.TOO_SHORT)
        self.assertNotIn("12", str(caught.exception))
        self.assertFalse(app.status().set_up)
        weak = harbour.VaultOptions(kdf=harbour.KdfSettings(memory_kib=1024, passes=1), use_platform_secret=False)
        with self.assertRaises(harbour.HarbourError.InvalidInput) as caught:
            app.setup("2580", weak)
        self.assertEqual(caught.exception.field, "kdf")
        harbour.check_pin("2580")
        with self.assertRaises(harbour.HarbourError.InvalidInput):
            harbour.check_pin("1234567890123")

    def test_keystore_failures_are_typed(self):
        # The app (and so the calculator in front of it) opens; what needs the keystore says so.
        for keystore in (UnavailableKeystore(), BrokenKeystore()):
            app = harbour.HarbourApp(self.dir, keystore)
            self.assertTrue(app.content_damaged())
            with self.assertRaises(harbour.HarbourError.KeystoreUnavailable):
                app.helplines(harbour.HelplineQuery(country="GB"))

    def test_files_from_another_device_need_its_keystore(self):
        self.app().setup("2580", OPTIONS)
        other = harbour.HarbourApp(self.dir, MemoryKeystore())
        self.assertTrue(other.content_rebuilt(), "help is rebuilt from the built-in pack")
        self.assertTrue(other.helplines(harbour.HelplineQuery(country="GB")))
        with self.assertRaises(harbour.HarbourError.KeyMissing):
            other.unlock("2580")

    def test_calibration_respects_the_floor(self):
        self.assertEqual(harbour.calibrate_kdf(1), FLOOR)


if __name__ == "__main__":
    unittest.main()
