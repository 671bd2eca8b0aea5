<?php

/**
 * WeChatPay\ClientDecorator: what BuilderChainable::getDriver() returns, the package's Guzzle decorator over the
 * extension's engine (ext/client/). Regenerate its arginfo header after any change: `make stubs` (see README.md).
 *
 * @generate-class-entries
 */

namespace WeChatPay {
    /**
     * The decorator of a client's GuzzleHttp\Client, as wechatpay-php's: one per Builder::factory() tree, the
     * same object from every node. select() makes the Guzzle client once (Guzzle must be loadable:
     * guzzlehttp/guzzle from Composer, or Debian's php-guzzlehttp-guzzle), configured like the package's, with
     * a HandlerStack holding, outermost first, `verifier`, `http_errors`, `allow_redirects`, `cookies`,
     * `signer`, `prepare_body` and the extension's Http\EngineHandler. APIv2 (select('v2')) is not supported yet.
     *
     * @strict-properties
     * @not-serializable
     */
    final class ClientDecorator implements ClientDecoratorInterface
    {
        private function __construct() {}

        /**
         * The APIv3 GuzzleHttp\Client (made on first use); `v2` in any case throws \BadMethodCallException
         * (APIv2 is not supported yet), and without Guzzle a \LogicException says what to install.
         */
        public function select(?string $protocol = null): \GuzzleHttp\ClientInterface {}

        /** Expands $uri's placeholders with $options, as the chain's verbs do, then calls the Guzzle client's request(). */
        public function request(string $method, string $uri, array $options = []): \Psr\Http\Message\ResponseInterface {}

        /** Expands $uri's placeholders with $options, then calls the Guzzle client's requestAsync(). */
        public function requestAsync(string $method, string $uri, array $options = []): \GuzzleHttp\Promise\PromiseInterface {}
    }
}
