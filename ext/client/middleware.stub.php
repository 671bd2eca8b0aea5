<?php

/**
 * The `signer` and `verifier` middleware of the getDriver() decorator's Guzzle HandlerStack
 * (ext/client/middleware.c). Regenerate its arginfo header after any change: `make stubs` (see README.md).
 *
 * @generate-class-entries
 */

namespace WeChatPay\Middleware {
    /**
     * The package's `signer`, in C: as Guzzle middleware, `$signer($handler)` gives the handler that signs a
     * request (Authorization over its method, request target, a timestamp, a nonce and its body, with the
     * client's private key) and passes it on. Made by the decorator only.
     *
     * @not-serializable
     */
    final class Signer
    {
        private function __construct() {}

        /** `(callable $handler): Signer`, then `(RequestInterface $request, array $options): PromiseInterface`. */
        public function __invoke(mixed $handlerOrRequest, mixed $options = null): mixed {}
    }

    /**
     * The package's `verifier`, in C: as Guzzle middleware, `$verifier($handler)` gives the handler whose
     * promise verifies each answer that reaches it against the client's certs (read when it verifies, for a
     * certs array the factory got by reference) and is rejected with a VerificationException carrying the
     * answer when it does not verify. The unsigned-by-design downloads pass, as on the chain. Made by the
     * decorator only.
     *
     * @not-serializable
     */
    final class Verifier
    {
        private function __construct() {}

        /**
         * `(callable $handler): Verifier`, then `(RequestInterface $request, array $options): PromiseInterface`,
         * whose answer goes through `(ResponseInterface $response): ResponseInterface`.
         */
        public function __invoke(mixed $handlerOrMessage, mixed $options = null): mixed {}
    }

    /**
     * The package's `http_errors` (Guzzle's, whose place it takes in the stack the decorator builds), in C: as
     * Guzzle middleware, `$httpErrors($handler)` gives the handler whose promise is rejected, for an answer of
     * status 400 or more, with the exception the chain's verbs throw (ClientException, ServerException: over
     * Guzzle's classes when they load, with WeChat Pay's code, message and detail), unless the call's
     * `http_errors` option is off. Made by the decorator only.
     *
     * @not-serializable
     */
    final class HttpErrors
    {
        private function __construct() {}

        /**
         * `(callable $handler): HttpErrors`, then `(RequestInterface $request, array $options): PromiseInterface`,
         * whose answer goes through `(ResponseInterface $response): ResponseInterface`.
         */
        public function __invoke(mixed $handlerOrMessage, mixed $options = null): mixed {}
    }
}
