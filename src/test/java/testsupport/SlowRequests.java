package testsupport;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Test-only: a request with header {@code X-Test-Delay-Ms} is held that long, so a test can have a
 * request in flight while the node shuts down. Lives outside {@code org.careroadmap} so that no
 * other test's component scan finds it; a test adds it to its application explicitly.
 */
@Configuration(proxyBeanMethods = false)
public class SlowRequests {

    public static volatile CountDownLatch entered = new CountDownLatch(1);

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> slowRequestFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String delay = request.getHeader("X-Test-Delay-Ms");
                if (delay != null) {
                    entered.countDown();
                    try {
                        Thread.sleep(Long.parseLong(delay));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                chain.doFilter(request, response);
            }
        });
        registration.setOrder(Integer.MIN_VALUE);
        return registration;
    }
}
