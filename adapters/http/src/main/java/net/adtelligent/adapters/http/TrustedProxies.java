package net.adtelligent.adapters.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reverse proxies and load balancers in front of the service, as IP addresses and CIDR blocks.
 * Only a request whose socket peer is one of them has its X-Forwarded-For read: any client can
 * write that header, so from anyone else it is ignored. The client is then the right-most address in
 * it that is not a trusted proxy: each proxy appends the address it was called from, and everything
 * to the left of the first untrusted hop was written by the client itself.
 *
 * @param blocks every trusted address or block; empty (the default) trusts none, and the peer is the client
 */
public record TrustedProxies(List<Block> blocks) {

    public static final TrustedProxies NONE = new TrustedProxies(List.of());

    /** A chain longer than this is cut: more proxies than that in front of one service is no real setup. */
    static final int MAX_HOPS = 20;

    // No leading zeros: some systems read "010" as octal, so such an entry means two things.
    private static final Pattern IPV4 = Pattern.compile("(0|[1-9]\\d{0,2})\\.(0|[1-9]\\d{0,2})\\.(0|[1-9]\\d{0,2})\\.(0|[1-9]\\d{0,2})");
    // Starts as InetAddress expects a literal to, and has a colon, so it is parsed, never looked up.
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    public TrustedProxies {
        blocks = List.copyOf(blocks);
    }

    /** An address with the leading bits that must match; a single address is a block of all its bits. */
    public record Block(byte[] network, int prefix) {

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            int whole = prefix / 8;
            for (int i = 0; i < whole; i++) {
                if (bytes[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            int mask = (0xff << (8 - rest)) & 0xff;
            return rest == 0 || (bytes[whole] & mask) == (network[whole] & mask);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Block block && prefix == block.prefix && Arrays.equals(network, block.network);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(network) + prefix;
        }

        @Override
        public String toString() {
            try {
                return InetAddress.getByAddress(network).getHostAddress() + "/" + prefix;
            } catch (UnknownHostException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

    /**
     * "10.0.0.0/8, 192.0.2.7, fd00::/8". Throws IllegalArgumentException naming the first entry that is
     * neither an address nor a block; never asks DNS.
     */
    public static TrustedProxies parse(String text) {
        List<Block> blocks = new ArrayList<>();
        for (String entry : Objects.requireNonNull(text, "text").split(",")) {
            String trimmed = entry.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            blocks.add(block(trimmed).orElseThrow(() -> new IllegalArgumentException(
                    "'" + trimmed + "' is not an IP address or a CIDR block such as 10.0.0.0/8 or fd00::/8")));
        }
        return new TrustedProxies(blocks);
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    /**
     * The client's address: the peer, unless the peer is trusted and X-Forwarded-For names hops
     * before it. An entry that is not an address stops the walk: it cannot be the client, and what
     * stands to its left is no proxy's word; the nearest trusted hop is the client then.
     *
     * @param forwardedFor every X-Forwarded-For header of the request, in order; may be empty
     */
    public String client(String peer, List<String> forwardedFor) {
        Optional<InetAddress> peerAddress = address(peer);
        if (blocks.isEmpty() || peerAddress.isEmpty() || !trusted(peerAddress.get())) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                hops.add(hop.strip());
            }
        }
        InetAddress client = peerAddress.get();
        for (int i = hops.size() - 1; i >= 0 && i >= hops.size() - MAX_HOPS; i--) {
            Optional<InetAddress> hop = address(hops.get(i));
            if (hop.isEmpty()) {
                break;
            }
            client = hop.get();
            if (!trusted(client)) {
                break;
            }
        }
        return client.getHostAddress();
    }

    private boolean trusted(InetAddress address) {
        return blocks.stream().anyMatch(block -> block.contains(address));
    }

    private static Optional<Block> block(String text) {
        int slash = text.indexOf('/');
        Optional<InetAddress> address = address(slash < 0 ? text : text.substring(0, slash));
        if (address.isEmpty()) {
            return Optional.empty();
        }
        int bits = address.get().getAddress().length * 8;
        int prefix = bits;
        if (slash >= 0) {
            String digits = text.substring(slash + 1);
            if (!digits.matches("\\d{1,3}") || Integer.parseInt(digits) > bits) {
                return Optional.empty();
            }
            prefix = Integer.parseInt(digits);
        }
        return Optional.of(new Block(address.get().getAddress(), prefix));
    }

    /**
     * An IPv4 or IPv6 literal (an IPv6 one perhaps in brackets, as RFC 7239 writes it); empty for
     * anything else. Checked before InetAddress sees it, which would otherwise look a name up in DNS.
     */
    static Optional<InetAddress> address(String text) {
        if (text == null || text.isEmpty() || text.length() > 45 + 2) {
            return Optional.empty();
        }
        String literal = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        try {
            var v4 = IPV4.matcher(literal);
            if (v4.matches()) {
                byte[] bytes = new byte[4];
                for (int group = 1; group <= 4; group++) {
                    int value = Integer.parseInt(v4.group(group));
                    if (value > 255) {
                        return Optional.empty();
                    }
                    bytes[group - 1] = (byte) value;
                }
                return Optional.of(InetAddress.getByAddress(bytes));
            }
            return IPV6.matcher(literal).matches() ? Optional.of(InetAddress.getByName(literal)) : Optional.empty();
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return blocks.isEmpty() ? "none" : blocks.toString();
    }
}
