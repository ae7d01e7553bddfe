package org.careroadmap.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.regex.Pattern;

import org.careroadmap.SharedContextTest;
import org.careroadmap.TestActors;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.reference.FiscalYear;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;

/**
 * The evaluation sheet page without JavaScript: a refused change shows each problem beside the field of the form
 * that was sent, in Japanese or English — the criterion's and the question's forms both have a category and a
 * text, so a message lands in the one form only — and the input points at it (aria-invalid, aria-describedby).
 * Nothing is saved. Through the whole web stack on the shared application.
 */
@SharedContextTest
class EvaluationSheetFormErrorsTest {

    static final RequestPostProcessor ADMIN = TestActors.prefectureAdmin();
    static final FiscalYear OPEN = FiscalYear.of(2042);  // no round opens for it, so its sheet stays editable

    @Autowired
    WebApplicationContext context;
    @Autowired
    EvaluationSheets sheets;
    @Autowired
    MessageSource messages;

    MockMvc mvc;

    @BeforeEach
    void anEditableSheet() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        CurrentActor.asSystem(() -> sheets.sheet("42", OPEN).orElseGet(() -> sheets.create(Integer.toString(OPEN.value()))));
    }

    @Test
    void aBlankQuestionIsToldBesideTheQuestionsTextAndNotBesideTheCriterionsText() throws Exception {
        EvaluationSheet before = sheet();
        String page = refusedThenShown(change("/questions").param("category", "A").param("text", "  "));

        assertToldBeside(page, "q-text", message("evaluation.question.text.required", Locale.JAPANESE));
        assertNothingBeside(page, "c-text", "q-category", "c-category");
        assertThat(sheet().questions()).hasSameSizeAs(before.questions());
    }

    @Test
    void aQuestionRefusedInEnglishIsToldInEnglish() throws Exception {
        String page = refusedThenShown(change("/questions").param("category", "A").param("text", "").param("lang", "en"));

        assertToldBeside(page, "q-text", message("evaluation.question.text.required", Locale.ENGLISH));
    }

    @Test
    void aCriterionsBadWeightAndCategoryAreEachToldBesideTheirOwnField() throws Exception {
        EvaluationSheet before = sheet();
        String page = refusedThenShown(change("/criteria").param("category", "Z").param("answerType", "ACHIEVED_OR_NOT")
                .param("maxPoints", "1").param("weight", "0").param("text", "入退院支援"));

        assertToldBeside(page, "c-weight", message("evaluation.criterion.weight.range", Locale.JAPANESE, Criterion.MAX_WEIGHT));
        assertThat(page).containsPattern(besideField("c-category", "[^<]+"));
        assertNothingBeside(page, "q-category", "c-points", "c-text");
        assertThat(sheet().criteria()).hasSameSizeAs(before.criteria());
    }

    @Test
    void aTooLongCategoryNameAndABadThresholdAreToldBesideTheirFields() throws Exception {
        String page = refusedThenShown(change("/settings").param("thresholdPercent", "120")
                .param("labelB", "名".repeat(EvaluationSheet.MAX_LABEL + 1)));

        assertToldBeside(page, "threshold", message("evaluation.sheet.threshold.range", Locale.JAPANESE, 100));
        assertToldBeside(page, "labelB", message("evaluation.text.tooLong", Locale.JAPANESE, EvaluationSheet.MAX_LABEL));
        assertNothingBeside(page, "labelA");
    }

    @Test
    void anUnreadableNewYearIsToldBesideItOnTheSheetPageItLeadsTo() throws Exception {
        MvcResult refused = mvc.perform(post("/evaluation/sheets").with(ADMIN).with(csrf()).param("fiscalYear", "来年"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("fieldErrors")).andReturn();
        String target = refused.getResponse().getRedirectedUrl();
        assertThat(target).as("the page that shows the form, not one that redirects on").matches("/evaluation/sheets/\\d{4}");

        String page = mvc.perform(get(target).with(ADMIN).flashAttrs(refused.getFlashMap())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertToldBeside(page, "new-year", message("fiscalYear.unreadable", Locale.JAPANESE, "来年"));
    }

    @Test
    void eachQuestionHasARemoveButtonThatNamesTheSheetsVersionAndRemovesIt() throws Exception {
        mvc.perform(change("/questions").param("category", "B").param("text", "外す設問"))
                .andExpect(flash().attribute("saved", "evaluation.saved"));
        SurveyQuestion added = sheet().questions().stream().filter(q -> q.text().equals("外す設問")).findFirst().orElseThrow();
        String action = "/evaluation/sheets/" + OPEN.value() + "/questions/" + added.id() + "/delete";

        String page = mvc.perform(get("/evaluation/sheets/" + OPEN.value()).with(ADMIN)).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).containsPattern(Pattern.compile("<form method=\"post\" action=\"" + Pattern.quote(action)
                + "\" class=\"inline-form\">\\s*(<input type=\"hidden\" name=\"_csrf\"[^>]*>\\s*)?"
                + "<input type=\"hidden\" name=\"version\" value=\"" + sheet().version() + "\">\\s*"
                + "<button type=\"submit\" class=\"small danger\">削除</button>"));

        mvc.perform(post(action).with(ADMIN).with(csrf()).param("version", Long.toString(sheet().version())))
                .andExpect(flash().attribute("saved", "evaluation.saved"));
        assertThat(sheet().questions()).extracting(SurveyQuestion::text).doesNotContain("外す設問");
    }

    private MockHttpServletRequestBuilder change(String rest) {
        return post("/evaluation/sheets/" + OPEN.value() + rest).with(ADMIN).with(csrf())
                .param("version", Long.toString(sheet().version()));
    }

    /** Posts the change, expects it refused, and shows the page it redirects to with what it left for it. */
    private String refusedThenShown(MockHttpServletRequestBuilder change) throws Exception {
        MvcResult refused = mvc.perform(change).andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("fieldErrors")).andReturn();
        return mvc.perform(get(refused.getResponse().getRedirectedUrl()).with(ADMIN).flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static void assertToldBeside(String page, String inputId, String message) {
        assertThat(page).containsPattern(besideField(inputId, Pattern.quote(HtmlUtils.htmlEscape(message))));
    }

    /** The input (or select, textarea) marked invalid and pointing at the message, which stands right after it. */
    private static Pattern besideField(String inputId, String messagePattern) {
        return Pattern.compile("<(input|select|textarea)[^>]*id=\"" + inputId + "\"[^>]*aria-invalid=\"true\"[^>]*"
                + "aria-describedby=\"e-" + inputId + "\"[^>]*>(?:[^<]*<option[^>]*>[^<]*</option>)*\\s*(</select>|</textarea>)?\\s*"
                + "<span class=\"field-error\" id=\"e-" + inputId + "\">" + messagePattern + "</span>");
    }

    private static void assertNothingBeside(String page, String... inputIds) {
        for (String id : inputIds) {
            assertThat(page).as(id).doesNotContain("id=\"e-" + id + "\"").doesNotContain("aria-describedby=\"e-" + id + "\"");
        }
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private EvaluationSheet sheet() {
        return sheets.sheet("42", OPEN).orElseThrow();
    }
}
