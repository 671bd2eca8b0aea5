<?php

/**
 * WeChatPay\Http\TransferStats: what the `on_stats` option's callable receives when Guzzle's own
 * GuzzleHttp\TransferStats cannot be loaded, with the same accessors (ext/http/transfer_stats.c). Regenerate
 * its arginfo header after any change: `make stubs` (see README.md).
 *
 * @generate-class-entries
 */

namespace WeChatPay\Http {
    /** @strict-properties @not-serializable */
    final class TransferStats
    {
        private mixed $request = null;
        private mixed $uri = null;
        private mixed $response = null;
        private ?float $transferTime = null;
        private mixed $handlerErrorData = null;
        private array $handlerStats = [];

        private function __construct() {}

        /** The request as sent: a GuzzleHttp\Psr7\Request when that class can be loaded, else null. */
        public function getRequest(): mixed {}

        public function getResponse(): mixed {}

        public function hasResponse(): bool {}

        public function getHandlerErrorData(): mixed {}

        /** The URL the request went to: the request's getUri() when there is a request object, else a string. */
        public function getEffectiveUri(): mixed {}

        public function getTransferTime(): ?float {}

        public function getHandlerStats(): array {}

        public function getHandlerStat(string $stat): mixed {}
    }
}
