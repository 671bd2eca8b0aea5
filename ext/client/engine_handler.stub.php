<?php

/**
 * WeChatPay\Http\EngineHandler: the innermost handler of the getDriver() HandlerStack, which sends a PSR-7 request
 * over the extension's own engine (ext/client/). Regenerate its arginfo header after any change: `make stubs`
 * (see README.md).
 *
 * @generate-class-entries
 */

namespace WeChatPay\Http {
    /**
     * The handler under the getDriver() client's HandlerStack (Guzzle's handler shape): it sends the request as
     * the stack made it, on the process's engine (same connections, max_connections queue, Pool::stats() and
     * promises as the chain's verbs), neither signing nor verifying (the stack's signer and verifier do) nor
     * throwing on a status (its http_errors does). Its promise is fulfilled with the Http\Response of any
     * answer, or rejected with a ConnectException (no answer) or RequestException; a Guzzle option it cannot
     * honour rejects it with an InvalidArgumentException naming the option. Made only by the decorator.
     *
     * @strict-properties
     * @not-serializable
     */
    final class EngineHandler
    {
        private function __construct() {}

        public function __invoke(\Psr\Http\Message\RequestInterface $request, array $options): \WeChatPay\Promise {}
    }
}
