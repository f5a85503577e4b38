package net.adtelligent.adapters.airbyte;

import java.util.Objects;

/** How the client proves itself to Airbyte: an application's client credentials, or a fixed bearer token. */
public sealed interface AirbyteCredentials {

    /** Exchanged at POST /applications/token for short-lived bearer tokens. */
    record ClientCredentials(String clientId, String clientSecret) implements AirbyteCredentials {

        public ClientCredentials {
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(clientSecret, "clientSecret");
        }

        @Override
        public String toString() {
            return "ClientCredentials[" + clientId + ", secret hidden]";
        }
    }

    /** A token Airbyte issued elsewhere (self-managed instances, tests); never renewed. */
    record StaticToken(String token) implements AirbyteCredentials {

        public StaticToken {
            Objects.requireNonNull(token, "token");
        }

        @Override
        public String toString() {
            return "StaticToken[hidden]";
        }
    }
}
