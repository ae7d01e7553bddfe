package org.careroadmap.spreadsheet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Collection;

import jakarta.servlet.http.Part;
import org.careroadmap.platform.FieldMessages;
import org.careroadmap.spreadsheet.SpreadsheetProperties;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/** What the person gets when the container refuses an upload for its size, by where it was sent. */
class UploadLimitFilterTest {

    /** Named like Tomcat's own, which is not on the servlet API. */
    static final class SizeLimitExceededException extends Exception {
        SizeLimitExceededException() {
            super("the request was rejected because its size (335965) exceeds the configured maximum (122880)");
        }
    }

    private final FieldMessages messages = mock(FieldMessages.class);
    private final UploadLimitFilter filter;

    UploadLimitFilterTest() {
        when(messages.message(anyString(), any())).thenReturn("ファイルが大きすぎます");
        when(messages.message(anyString())).thenReturn("ファイルが大きすぎます");
        filter = new UploadLimitFilter(messages, SpreadsheetProperties.defaults(), JsonMapper.builder().build(),
                new AcceptHeaderLocaleResolver());
    }

    static MockHttpServletRequest tooLarge(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path) {
            @Override
            public Collection<Part> getParts() {
                throw new IllegalStateException(new SizeLimitExceededException());
            }
        };
        request.setContentType("multipart/form-data; boundary=x");
        return request;
    }

    MockHttpServletResponse run(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        assertThat(chain.getRequest()).as("the request goes no further").isNull();
        return response;
    }

    @Test
    void anImportFormIsSentBackToWithTheReason() throws Exception {
        MockHttpServletResponse response = run(tooLarge("/roadmaps/12/import"));
        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getHeader("Location")).isEqualTo("/roadmaps/12/import?tooLarge=1");
        assertThat(run(tooLarge("/roadmaps/import/422100")).getHeader("Location")).isEqualTo("/roadmaps/import/422100?tooLarge=1");
    }

    @Test
    void theApiAnswers413ProblemDetails() throws Exception {
        MockHttpServletResponse response = run(tooLarge("/api/roadmaps/12/xlsx"));
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"code\":\"xlsx.tooLarge\"", "ファイルが大きすぎます");
    }

    @Test
    void anyOtherFormGetsTheSentenceWith413() throws Exception {
        MockHttpServletResponse response = run(tooLarge("/somewhere/else"));
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).isEqualTo("ファイルが大きすぎます");
    }

    @Test
    void leavesOtherRequestsAlone() throws Exception {
        MockHttpServletRequest get = new MockHttpServletRequest("GET", "/roadmaps/12/import");
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(get, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isSameAs(get);
        assertThat(UploadLimitFilter.tooLarge(new IllegalStateException("something else"))).isFalse();
    }
}
