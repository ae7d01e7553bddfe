package org.careroadmap.browser;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The item and arrow editors in a real browser (forms are hx-boosted, so every submit is awaited). */
class RoadmapEditingIT extends BrowserTestBase {

    @org.junit.jupiter.api.BeforeEach
    void signInAsIkisEditor() {
        signIn("iki-editor");
    }


    private static final String ARROW_ENDS_LATE = "finding.arrowEndsAfterAchievementYear";
    private static final String TITLE_REQUIRED = "項目名を入力してください。";

    /** Items this test made, removed afterwards so the persistent database does not keep growing. */
    private final List<String> createdItems = new ArrayList<>();

    @AfterEach
    void removeCreatedItems() {
        if (createdItems.isEmpty()) {
            return;
        }
        long id = ikiRoadmapInDraft();
        for (String itemId : createdItems) {
            for (int attempt = 0; attempt < 3; attempt++) {
                long version = getJson("/api/roadmaps/" + id).path("version").asLong();
                int status = sendJson("DELETE", "/api/roadmaps/" + id + "/items/" + itemId + "?version=" + version, null)
                        .statusCode();
                if (status != 409) {
                    break;
                }
            }
        }
    }

    @Test
    void itemAddedThroughTheFormAppearsOnTheChart() {
        long id = ikiRoadmapInDraft();
        String title = unique("ブラウザ追加項目");

        open("/roadmaps/" + id + "/items/new?category=A");
        new Select(driver.findElement(By.id("f-category"))).selectByValue("C");
        driver.findElement(By.id("f-title")).sendKeys(title);
        driver.findElement(By.id("f-targetVision")).sendKeys("在宅医療と介護の連携が進んでいる。");
        new Select(driver.findElement(By.id("f-achievementYear"))).selectByValue("2026");
        driver.findElement(By.id("f-measures")).sendKeys("・研修会を開く");
        submit(driver.findElement(By.cssSelector("form.edit-form button.primary")));

        WebElement titleCell = waiting().until(ExpectedConditions.presenceOfElementLocated(itemTitle(title)));
        createdItems.add(titleCell.getDomAttribute("id").substring("item-".length()));
        WebElement tbody = titleCell.findElement(By.xpath("./ancestor::tbody"));
        assertThat(tbody.getDomAttribute("data-category")).isEqualTo("C");
        WebElement row = titleCell.findElement(By.xpath("./parent::tr"));
        assertThat(row.findElement(By.cssSelector("td.vision")).getText()).isEqualTo("在宅医療と介護の連携が進んでいる。");
        assertThat(row.findElement(By.cssSelector("td.achievement-year")).getText()).startsWith("2026年度");
        assertThat(row.findElement(By.cssSelector("td.measures")).getText()).isEqualTo("・研修会を開く");
    }

    /**
     * The whole requirement: the message sits in {@code p.field-error#e-title} beside the title field.
     * Fails today: fragments.html renders the paragraph with {@code th:if="${errors[field]}"}, and
     * SpEL reads the bare {@code field} inside [] as the literal key "field", so no field ever gets
     * its paragraph (item and arrow forms alike), while aria-describedby still points at e-title.
     */
    @Test
    void emptyTitleShowsTheMessageBesideTheFieldAndKeepsWhatWasTyped() {
        String vision = unique("入力を残すべき目指す姿");
        String measures = unique("入力を残すべき推進方策");
        submitItemFormWithoutTitle("B", vision, "2025", measures);

        WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("e-title")));
        assertThat(error.getText()).isEqualTo(TITLE_REQUIRED);
        assertThat(error.getDomAttribute("class")).contains("field-error");
        WebElement titleField = driver.findElement(By.id("f-title"));
        assertThat(error.findElement(By.xpath("./parent::div")))
                .isEqualTo(titleField.findElement(By.xpath("./parent::div")));
        assertThat(titleField.getDomAttribute("aria-describedby")).contains("e-title");
        assertTypedTextKept("B", vision, "2025", measures);
    }

    /** What works today: the refusal, the message in the error summary linked to the field, nothing typed lost. */
    @Test
    void emptyTitleIsRefusedInJapaneseAndKeepsWhatWasTyped() {
        String vision = unique("入力を残すべき目指す姿");
        String measures = unique("入力を残すべき推進方策");
        submitItemFormWithoutTitle("B", vision, "2025", measures);

        WebElement summary = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
        WebElement link = summary.findElement(By.cssSelector("a[href='#f-title']"));
        assertThat(link.getText()).isEqualTo(TITLE_REQUIRED);
        WebElement titleField = driver.findElement(By.id("f-title"));
        assertThat(titleField.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(titleField.getDomProperty("value")).isEmpty();
        assertTypedTextKept("B", vision, "2025", measures);
    }

    private void submitItemFormWithoutTitle(String category, String vision, String year, String measures) {
        open("/roadmaps/" + ikiRoadmapInDraft() + "/items/new?category=" + category);
        driver.findElement(By.id("f-targetVision")).sendKeys(vision);
        new Select(driver.findElement(By.id("f-achievementYear"))).selectByValue(year);
        driver.findElement(By.id("f-measures")).sendKeys(measures);
        submit(driver.findElement(By.cssSelector("form.edit-form button.primary")));
    }

    private void assertTypedTextKept(String category, String vision, String year, String measures) {
        assertThat(driver.findElement(By.id("f-targetVision")).getDomProperty("value")).isEqualTo(vision);
        assertThat(driver.findElement(By.id("f-measures")).getDomProperty("value")).isEqualTo(measures);
        assertThat(new Select(driver.findElement(By.id("f-category"))).getFirstSelectedOption().getDomAttribute("value"))
                .isEqualTo(category);
        assertThat(new Select(driver.findElement(By.id("f-achievementYear"))).getFirstSelectedOption()
                .getDomAttribute("value")).isEqualTo(year);
    }

    @Test
    void arrowEndingAfterTheAchievementYearIsFlaggedUntilItIsShortened() {
        long id = ikiRoadmapInDraft();
        String title = unique("達成年度確認項目");
        String itemId = addItemThroughForm(id, "D", title, "2024");

        // an arrow 2023–2026 without 継続 runs past the item's 達成年度 2024
        open("/roadmaps/" + id + "/items/" + itemId + "/arrows/new");
        driver.findElement(By.id("f-label")).sendKeys("試験の矢印");
        new Select(driver.findElement(By.id("f-startYear"))).selectByValue("2023");
        new Select(driver.findElement(By.id("f-endYear"))).selectByValue("2026");
        WebElement continues = driver.findElement(By.id("f-continues"));
        if (continues.isSelected()) {
            continues.click();
        }
        submit(driver.findElement(By.cssSelector("form.edit-form button.primary")));

        WebElement arrow = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("tr[data-item='" + itemId + "'] div.arrow")));
        String arrowId = arrow.getDomAttribute("data-arrow");
        assertThat(arrow.getDomAttribute("data-start")).isEqualTo("2023");
        assertThat(arrow.getDomAttribute("data-end")).isEqualTo("2026");
        By lateFinding = By.cssSelector("aside.checklist li.finding[data-key='" + ARROW_ENDS_LATE + "'][data-arrow='"
                + arrowId + "']");
        assertThat(driver.findElements(lateFinding)).as("finding %s for arrow %s", ARROW_ENDS_LATE, arrowId).hasSize(1);
        assertThat(driver.findElement(lateFinding).getDomAttribute("data-item")).isEqualTo(itemId);

        // shorten it to end in 2024
        open("/roadmaps/" + id + "/items/" + itemId + "/arrows/" + arrowId);
        new Select(driver.findElement(By.id("f-endYear"))).selectByValue("2024");
        submit(driver.findElement(By.cssSelector("form.edit-form button.primary")));

        WebElement shortened = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("div.arrow[data-arrow='" + arrowId + "']")));
        assertThat(shortened.getDomAttribute("data-end")).isEqualTo("2024");
        assertThat(driver.findElements(By.cssSelector("aside.checklist"))).hasSize(1);
        assertThat(driver.findElements(lateFinding)).isEmpty();
    }

    @Test
    void concurrentChangeThroughTheApiIsReportedAndTheTypedTitleIsKept() {
        long id = ikiRoadmapInDraft();
        String original = unique("同時編集項目");
        String itemId = addItemThroughForm(id, "A", original, "2026");

        open("/roadmaps/" + id + "/items/" + itemId);
        WebElement titleField = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("f-title")));
        assertThat(titleField.getDomProperty("value")).isEqualTo(original);

        // someone else changes the roadmap after the form was opened
        String theirs = unique("APIで変更した項目");
        long version = getJson("/api/roadmaps/" + id).path("version").asLong();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put("category", "A");
        body.put("title", theirs);
        body.put("targetVision", "API側の目指す姿");
        body.put("achievementYear", "2026");
        body.put("measures", "API側の推進方策");
        HttpResponse<String> put = sendJson("PUT", "/api/roadmaps/" + id + "/items/" + itemId, body);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

        String mine = unique("ブラウザで変更した項目");
        titleField.clear();
        titleField.sendKeys(mine);
        submit(driver.findElement(By.cssSelector("form.edit-form button.primary")));

        WebElement notice = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("main .notice-error[role='alert']")));
        assertThat(notice.getText()).contains("他の人が");
        assertThat(driver.findElement(By.id("f-title")).getDomProperty("value")).isEqualTo(mine);

        JsonNode item = findItem(getJson("/api/roadmaps/" + id), itemId);
        assertThat(item.path("title").asString()).as("the other person's change is not overwritten").isEqualTo(theirs);
    }

    /** Adds an item with the item form and returns its id, read from the chart. */
    private String addItemThroughForm(long id, String category, String title, String year) {
        open("/roadmaps/" + id + "/items/new?category=" + category);
        driver.findElement(By.id("f-title")).sendKeys(title);
        driver.findElement(By.id("f-targetVision")).sendKeys("試験用の目指す姿");
        new Select(driver.findElement(By.id("f-achievementYear"))).selectByValue(year);
        driver.findElement(By.id("f-measures")).sendKeys("試験用の推進方策");
        submit(driver.findElement(By.cssSelector("form.edit-form button.primary")));
        WebElement titleCell = waiting().until(ExpectedConditions.presenceOfElementLocated(itemTitle(title)));
        String cellId = titleCell.getDomAttribute("id");
        assertThat(cellId).startsWith("item-");
        String itemId = cellId.substring("item-".length());
        createdItems.add(itemId);
        return itemId;
    }

    private static By itemTitle(String title) {
        return By.xpath("//table[@id='roadmap-chart']//th[contains(concat(' ', @class, ' '), ' item-title ')]"
                + "[span[@class='text'][normalize-space(.)='" + title + "']]");
    }

    private static JsonNode findItem(JsonNode roadmap, String itemId) {
        for (JsonNode item : roadmap.path("items")) {
            if (itemId.equals(item.path("id").asString())) {
                return item;
            }
        }
        throw new AssertionError("item " + itemId + " not in " + roadmap);
    }
}
