package org.careroadmap.account.web;

import org.careroadmap.account.AccountService;
import org.careroadmap.platform.FieldMessages;
import org.careroadmap.platform.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-in page and changing one's own password. Sign-in and sign-out themselves are Spring Security's. */
@Controller
class SignInPages {

    private final AccountService accounts;
    private final FieldMessages messages;

    SignInPages(AccountService accounts, FieldMessages messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/login")
    String login() {
        return "account/login";
    }

    @GetMapping("/account/password")
    String passwordForm(Model model) {
        model.addAttribute("mustChange", accounts.mustChangePasswordNow());
        return "account/password";
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam(required = false) String currentPassword,
                          @RequestParam(required = false) String newPassword,
                          @RequestParam(required = false) String confirmation, Model model,
                          RedirectAttributes redirect) {
        try {
            accounts.changeOwnPassword(currentPassword, newPassword, confirmation);
            redirect.addFlashAttribute("saved", "account.password.changed");
            return "redirect:/";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", messages.byField(e.problems()));
            model.addAttribute("mustChange", accounts.mustChangePasswordNow());
            return "account/password";
        }
    }
}
