package org.careroadmap.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * Which readers a kept response (the roadmap's public pages, the portal's, personal pages) is sent gzipped to: the
 * rule the portal had of its own, now the one of every kept response. A q of 0 in any spelling refuses gzip, any
 * other q takes it, and a coding that only ends in "gzip" is not gzip.
 */
class KeptResponseGzipTest {

    @ParameterizedTest(name = "Accept-Encoding: {0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            "gzip|true",
            "gzip, deflate, br|true",
            "br;q=1.0, GZIP;q=0.5|true",
            "gzip;q=0.5|true",
            "gzip;q=0, identity|false",
            "gzip; q=0|false",
            "gzip;q=0.000|false",
            "x-gzip|false",
            "deflate, br|false",
            "NONE|false"})
    void takesGzipWhenItIsListedAndNotRefused(@Nullable String acceptEncoding, boolean gzip) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/public/42");
        if (acceptEncoding != null) {
            request.addHeader("Accept-Encoding", acceptEncoding);
        }
        assertThat(KeptResponse.acceptsGzip(request)).isEqualTo(gzip);
    }
}
