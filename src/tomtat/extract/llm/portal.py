"""A private event loop in a daemon thread, so synchronous callers can drive async clients.

The AsyncOpenAI client, its connection pool and the concurrency semaphore live on this one
loop; ``extract()`` from any thread (or from inside someone else's running loop) submits a
coroutine here and waits for it.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


class Portal:
    """An event loop running in its own daemon thread."""

    def __init__(self, name: str = "tomtat-llm") -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._serve, name=name, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_forever()

    def submit(self, coro: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]:
        """Schedule ``coro`` on the loop; a future for its result."""
        return asyncio.run_coroutine_threadsafe(coro, self.loop)

    def run(self, coro: Coroutine[Any, Any, T]) -> T:
        """Run ``coro`` on the loop and wait for its result (never from the loop's own thread)."""
        if threading.current_thread() is self._thread:
            coro.close()
            raise RuntimeError("blocking call from the LLM loop itself; await the async method")
        return self.submit(coro).result()

    def close(self, final: Coroutine[Any, Any, Any] | None = None) -> None:
        """Run ``final`` (clean-up), stop the loop and join the thread."""
        if self.loop.is_closed():
            if final is not None:
                final.close()
            return
        if final is not None:
            try:
                self.submit(final).result(timeout=10)
            except Exception:
                pass
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout=10)
        if not self._thread.is_alive():
            self.loop.close()
