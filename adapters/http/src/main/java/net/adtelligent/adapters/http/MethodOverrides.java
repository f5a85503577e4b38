package net.adtelligent.adapters.http;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

/**
 * Hides the method-override headers from everything behind it. Javalin takes its route's method from
 * X-HTTP-Method-Override when present, so a POST, which proxies, firewalls and the access log see
 * as a POST, could act as a PATCH or a DELETE. The API has no client that needs them: a request is
 * what its request line says.
 */
final class MethodOverrides implements Filter {

    static final Set<String> HEADERS = Set.of("x-http-method-override", "x-http-method", "x-method-override");

    private MethodOverrides() {
    }

    static void install(ServletContextHandler context) {
        context.addFilter(new FilterHolder(new MethodOverrides()), "/*", EnumSet.of(DispatcherType.REQUEST));
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        // Only the rare request that carries one is wrapped: every other keeps its own header lookups.
        boolean carries = HEADERS.stream().anyMatch(name -> http.getHeader(name) != null);
        chain.doFilter(carries ? new Stripped(http) : request, response);
    }

    private static boolean hidden(String name) {
        return name != null && HEADERS.contains(name.toLowerCase(Locale.ROOT));
    }

    private static final class Stripped extends HttpServletRequestWrapper {

        Stripped(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return hidden(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !hidden(name)).toList());
        }
    }
}
