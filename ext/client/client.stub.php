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

    interface BuilderChainable extends \ArrayAccess
    {
        /** Returns the node one step (or several, separated by `/`) below this one. */
        public function offsetGet(mixed $key): BuilderChainable;

        /** The same as offsetGet(): `$node->chain('v3/pay')`, `$node['v3/pay']` and `$node->v3->pay` meet. */
        public function chain(string|int $segment): BuilderChainable;
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

        /** The options are #[\SensitiveParameter]: a trace never shows a body, a key or a credential in a URL. */
        public function get(#[\SensitiveParameter] array $options = []): Http\AbstractResponse {}

        public function put(#[\SensitiveParameter] array $options = []): Http\AbstractResponse {}

        public function post(#[\SensitiveParameter] array $options = []): Http\AbstractResponse {}

        public function patch(#[\SensitiveParameter] array $options = []): Http\AbstractResponse {}

        public function delete(#[\SensitiveParameter] array $options = []): Http\AbstractResponse {}

        /** Starts the call now and returns its promise; nothing throws here, every failure rejects it. */
        public function getAsync(#[\SensitiveParameter] array $options = []): Promise {}

        public function putAsync(#[\SensitiveParameter] array $options = []): Promise {}

        public function postAsync(#[\SensitiveParameter] array $options = []): Promise {}

        public function patchAsync(#[\SensitiveParameter] array $options = []): Promise {}

        public function deleteAsync(#[\SensitiveParameter] array $options = []): Promise {}
    }
}
