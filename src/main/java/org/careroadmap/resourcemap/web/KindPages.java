package org.careroadmap.resourcemap.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.careroadmap.platform.FieldMessages;
import org.careroadmap.platform.InvalidInputException;
import org.careroadmap.resourcemap.PrefectureKinds;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 種別の追加: the prefecture's administrator sees every kind its municipalities can use and adds its own. */
@Controller
class KindPages {

    private final PrefectureKinds kinds;
    private final FieldMessages messages;

    KindPages(PrefectureKinds kinds, FieldMessages messages) {
        this.kinds = kinds;
        this.messages = messages;
    }

    @GetMapping("/map/prefectures/{prefecture}/kinds")
    String list(@PathVariable String prefecture, Model model) {
        return show(prefecture, Map.of(), Map.of("dataset", "other", "position", "500"), model);
    }

    @PostMapping("/map/prefectures/{prefecture}/kinds")
    String add(@PathVariable String prefecture, @RequestParam Map<String, String> params, Model model,
               HttpServletResponse response) {
        try {
            kinds.add(prefecture, new PrefectureKinds.Input(params.get("code"), params.get("name"), params.get("nameEn"),
                    params.get("dataset"), params.get("position")));
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(prefecture, messages.byField(e.problems()), params, model);
        }
        return "redirect:/map/prefectures/" + prefecture + "/kinds?added";
    }

    private String show(String prefecture, Map<String, String> errors, Map<String, String> fields, Model model) {
        model.addAttribute("kinds", kinds.of(prefecture));
        model.addAttribute("prefecture", prefecture);
        model.addAttribute("errors", errors);
        model.addAttribute("f", fields);
        return "resourcemap/kinds";
    }
}
