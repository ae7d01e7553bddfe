package org.careroadmap.publication.web;

import org.careroadmap.publication.AccessibilityReport;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** ウェブアクセシビリティ方針・試験結果: the policy and the last recorded test result, linked from every footer. */
@Controller
class AccessibilityPage {

    private final AccessibilityReport accessibility;
    private final PageDescriptions descriptions;

    AccessibilityPage(AccessibilityReport accessibility, PageDescriptions descriptions) {
        this.accessibility = accessibility;
        this.descriptions = descriptions;
    }

    @GetMapping("/accessibility")
    String accessibility(Model model) {
        model.addAttribute("result", accessibility.result().orElse(null));
        descriptions.describe(model, "publication.meta.a11y");
        return "publication/accessibility";
    }
}
