<?php

/**
 * WeChatPay\Promise, what the async verbs return (ext/async/). Regenerate its arginfo header after any change:
 * `make stubs` (see README.md).
 *
 * @generate-class-entries
 */

namespace WeChatPay {
    /**
     * A Promises/A+ promise, shaped like Guzzle's: the async verbs return one whose transfer is already on
     * the wire; `new Promise()` makes one settled by resolve()/reject(). Callbacks run in settlement order
     * while something waits, never inside a transfer. All transfers share one libcurl multi handle, so
     * waiting on any promise moves every transfer in flight.
     *
     * When the app can load guzzlehttp/promises (1.x or 2.x), every promise (`new Promise()` included) is a
     * WeChatPay\Promise\GuzzlePromise, a subclass declared per request that implements
     * GuzzleHttp\Promise\PromiseInterface (see promise_class.h). The class stays final to the app.
     *
     * @strict-properties
     * @not-serializable
     */
    final class Promise
    {
        /** @var string */
        public const PENDING = 'pending';
        /** @var string */
        public const FULFILLED = 'fulfilled';
        /** @var string */
        public const REJECTED = 'rejected';

        public function __construct() {}

        /** Returns a new promise resolved with what the callback returns (a promise or thenable is adopted),
         * or rejected with what it throws; a missing callback passes the value or reason on. */
        public function then(?callable $onFulfilled = null, ?callable $onRejected = null): Promise {}

        /** The same as then(null, $onRejected). */
        public function otherwise(callable $onRejected): Promise {}

        /** Drives every transfer until this promise settles; returns its value or throws its reason (a
         * reason that is not a Throwable is wrapped in RejectionException). wait(false) never throws. */
        public function wait(mixed $unwrap = true): mixed {}

        /** One of PENDING, FULFILLED, REJECTED. */
        public function getState(): string {}

        /** Aborts the transfer behind a pending promise and rejects it with CancellationException. */
        public function cancel(): void {}

        /** Fulfils a pending promise (a promise or thenable given here is adopted). */
        public function resolve(mixed $value): void {}

        /** Rejects a pending promise. */
        public function reject(mixed $reason): void {}

        /** Fulfils with the values of every promise (or plain value) in key order, or rejects with the
         * first rejection. */
        public static function all(iterable $promises): Promise {}

        /** Waits for every promise and fulfils with, per key, ['state' => 'fulfilled', 'value' => ...] or
         * ['state' => 'rejected', 'reason' => ...]. */
        public static function settle(iterable $promises): Promise {}
    }
}
