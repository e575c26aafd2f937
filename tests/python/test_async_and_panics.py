"""The async exports under asyncio, and a Rust panic arriving as a Python exception."""

import asyncio
import os
import tempfile
import unittest

import harbour
from test_foundation import MemoryKeystore, OPTIONS


class AsyncAndPanics(unittest.TestCase):
    def test_a_rust_panic_is_an_exception_not_a_crash(self):
        with self.assertRaises(harbour.InternalError) as caught:
            harbour.debug_panic("boom from Rust")
        self.assertIn("boom from Rust", str(caught.exception))
        with self.assertRaises(harbour.InternalError):
            asyncio.run(harbour.debug_panic_async("boom on a thread"))
        # The library is still usable afterwards.
        self.assertEqual(harbour.negotiate_locale(["ar"]), "ar")

    def test_async_setup_unlock_and_verify(self):
        async def flow(directory):
            app = harbour.HarbourApp(directory, MemoryKeystore())
            kdf = await harbour.calibrate_kdf_async(1)
            await app.setup_async("2580", harbour.VaultOptions(kdf=kdf, use_platform_secret=True))
            app.lock()
            with self.assertRaises(harbour.HarbourError.WrongPin):
                await app.unlock_async("1111")
            # Other work goes on while the KDF runs on its own thread.
            unlocking = asyncio.ensure_future(app.unlock_async("2580"))
            ticks = 0
            while not unlocking.done():
                ticks += 1
                await asyncio.sleep(0.001)
            await unlocking
            app.journal_append(harbour.JournalDraft(text="written after an async unlock"))
            return ticks, await app.journal_verify_async()

        with tempfile.TemporaryDirectory() as tmp:
            ticks, check = asyncio.run(flow(os.path.join(tmp, "data")))
        self.assertGreater(ticks, 0, "the event loop kept running during the KDF")
        self.assertEqual(check.events, 1)


if __name__ == "__main__":
    unittest.main()
