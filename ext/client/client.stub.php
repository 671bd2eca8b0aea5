<?php

/**
 * The client classes of the wechatpay extension: WeChatPay\Builder, the BuilderChainable interface of the
 * document's three call styles, and BuilderNode, whose verbs send calls (ext/client/). Regenerate its arginfo
 * header after any change: `make stubs` (see README.md).
 *
 * @generate-class-entries
 */

namespace WeChatPay {
    /** @not-serializable */
    final class Builder
    {
        private function __construct() {}

        /** Builds the root node of a client from its config (mchid, serial, privateKey, certs, transport keys). */
        public static function factory(#[\SensitiveParameter] array $config): BuilderChainable {}
    }

    /**
     * wechatpay-php's decorator of its Guzzle client, declared exactly as the package declares it (constants,
     * methods, parameter and return types), so that code naming it, or implementing it, keeps compiling.
     * BuilderNode::getDriver() returns the extension's implementation, WeChatPay\ClientDecorator.
     */
    interface ClientDecoratorInterface
    {
        /**
         * The version of wechatpay-php this extension stands in for.
         * @var string
         */
        public const VERSION = '1.4.12';

        /**
         * The `xml` based protocol (APIv2); deprecated by the package since 1.0.
         * @var string
         */
        public const XML_BASED = 'v2';

        /**
         * The `json` based protocol (APIv3).
         * @var string
         */
        public const JSON_BASED = 'v3';

        public function select(?string $protocol = null): \GuzzleHttp\ClientInterface;

        public function request(string $method, string $uri, array $options = []): \Psr\Http\Message\ResponseInterface;

        public function requestAsync(string $method, string $uri, array $options = []): \GuzzleHttp\Promise\PromiseInterface;
    }

    /**
     * The chain Builder::factory() returns: every step (`->v3`, `['v3/pay']`, `->chain('v3')`) is another
     * BuilderChainable, and the verbs send the call. It declares the package's methods; the verbs' return
     * types are left wide (mixed) so that a class written against the package's interface, returning
     * Psr\Http\Message\ResponseInterface and GuzzleHttp\Promise\PromiseInterface, still implements this one;
     * BuilderNode declares what it really returns.
     *
     * @property-read BuilderChainable $v2 The entrance of the APIv2 endpoint.
     * @property-read BuilderChainable $v3 The entrance of the APIv3 endpoint.
     */
    interface BuilderChainable extends \ArrayAccess
    {
        /** Returns the node one step (or several, separated by `/`) below this one. */
        public function offsetGet(mixed $key): BuilderChainable;

        /** The same as offsetGet(): `$node->chain('v3/pay')`, `$node['v3/pay']` and `$node->v3->pay` meet. */
        public function chain(string|int $segment): BuilderChainable;

        /** The package's Guzzle decorator: the client's WeChatPay\ClientDecorator, the same from every node. */
        public function getDriver(): ClientDecoratorInterface;

        /** @return Http\Response */
        public function get(array $options = []): mixed;

        /** @return Http\Response */
        public function put(array $options = []): mixed;

        /** @return Http\Response */
        public function post(array $options = []): mixed;

        /** @return Http\Response */
        public function patch(array $options = []): mixed;

        /** @return Http\Response */
        public function delete(array $options = []): mixed;

        /** @return Promise */
        public function getAsync(array $options = []): mixed;

        /** @return Promise */
        public function putAsync(array $options = []): mixed;

        /** @return Promise */
        public function postAsync(array $options = []): mixed;

        /** @return Promise */
        public function patchAsync(array $options = []): mixed;

        /** @return Promise */
        public function deleteAsync(array $options = []): mixed;
    }

    /**
     * A node of the URI-template tree that Builder::factory() returns; made only by the factory.
     * Reading any property (`$node->v3`) also returns a child node.
     *
     * @strict-properties
     * @not-serializable
     */
    final class BuilderNode implements BuilderChainable
    {
        private function __construct() {}

        public function chain(string|int $segment): BuilderChainable {}

        public function offsetGet(mixed $key): BuilderChainable {}

        /** Every path exists: always true for a string or integer key. */
        public function offsetExists(mixed $key): bool {}

        /** Nodes are read-only: always throws Error. */
        public function offsetSet(mixed $key, mixed $value): void {}

        /** Nodes are read-only: always throws Error. */
        public function offsetUnset(mixed $key): void {}

        /** The URI template this node stands for, e.g. `v3/marketing/membercard-open/cards/{card_id}`. */
        public function getPath(): string {}

        /**
         * The client's decorator (made once, the same object from every node): its select() is the client's
         * GuzzleHttp\Client over a HandlerStack (verifier, http_errors, allow_redirects, cookies, signer,
         * prepare_body, then the extension's engine). Once the app changes that stack, the verbs go through it.
         */
        public function getDriver(): ClientDecoratorInterface {}

        /**
         * The options are #[\SensitiveParameter]: a trace never shows a body, a key or a credential in a URL.
         * The verbs return the verified WeChatPay\Http\Response; through a getDriver() stack the app changed,
         * whatever ResponseInterface its middleware give.
         */
        public function get(#[\SensitiveParameter] array $options = []): \Psr\Http\Message\ResponseInterface {}

        public function put(#[\SensitiveParameter] array $options = []): \Psr\Http\Message\ResponseInterface {}

        public function post(#[\SensitiveParameter] array $options = []): \Psr\Http\Message\ResponseInterface {}

        public function patch(#[\SensitiveParameter] array $options = []): \Psr\Http\Message\ResponseInterface {}

        public function delete(#[\SensitiveParameter] array $options = []): \Psr\Http\Message\ResponseInterface {}

        /** Starts the call now and returns its promise; nothing throws here, every failure rejects it. */
        public function getAsync(#[\SensitiveParameter] array $options = []): Promise {}

        public function putAsync(#[\SensitiveParameter] array $options = []): Promise {}

        public function postAsync(#[\SensitiveParameter] array $options = []): Promise {}

        public function patchAsync(#[\SensitiveParameter] array $options = []): Promise {}

        public function deleteAsync(#[\SensitiveParameter] array $options = []): Promise {}
    }
}
