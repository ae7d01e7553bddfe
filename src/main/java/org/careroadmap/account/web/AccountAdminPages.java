package org.careroadmap.account.web;

import org.careroadmap.account.Account;
import org.careroadmap.account.AccountChangedException;
import org.careroadmap.account.AccountService;
import org.careroadmap.platform.FieldMessages;
import org.careroadmap.platform.Role;
import org.careroadmap.platform.InvalidInputException;
import org.careroadmap.reference.ReferenceData;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.jspecify.annotations.Nullable;

/** The prefecture administrator's account screens: list, create, change role and municipality, disable, reset password. */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminPages {

    private final AccountService accounts;
    private final ReferenceData reference;
    private final FieldMessages messages;

    AccountAdminPages(AccountService accounts, ReferenceData reference, FieldMessages messages) {
        this.accounts = accounts;
        this.reference = reference;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("accounts", accounts.listForAdministrator());
        model.addAttribute("municipalities", reference.municipalities());
        return "account/admin-list";
    }

    @GetMapping("/new")
    String newAccount(Model model) {
        return form(model, null, AccountForm.blank());
    }

    @PostMapping
    String create(@ModelAttribute AccountForm form, Model model, RedirectAttributes redirect) {
        try {
            accounts.create(form.input());
            redirect.addFlashAttribute("saved", "account.created");
            return "redirect:/admin/accounts";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", messages.byField(e.problems()));
            return form(model, null, form.withoutPassword());
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Account account = accounts.get(id);
        return form(model, account, AccountForm.of(account));
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute AccountForm form, Model model, RedirectAttributes redirect) {
        try {
            accounts.update(id, form.versionNumber(), form.input());
            redirect.addFlashAttribute("saved", "account.saved");
            return "redirect:/admin/accounts";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", messages.byField(e.problems()));
            return form(model, accounts.get(id), form);
        } catch (AccountChangedException e) {
            Account current = accounts.get(id);
            model.addAttribute("conflict", true);
            return form(model, current, AccountForm.of(current));
        }
    }

    @PostMapping("/{id}/password-reset")
    String resetPassword(@PathVariable long id, Model model) {
        String temporary = accounts.resetPassword(id);
        Account account = accounts.get(id);
        model.addAttribute("temporaryPassword", temporary);
        return form(model, account, AccountForm.of(account));
    }

    private String form(Model model, @Nullable Account account, AccountForm form) {
        model.addAttribute("account", account);
        model.addAttribute("form", form);
        model.addAttribute("roles", Role.values());
        model.addAttribute("municipalities", reference.municipalities());
        return "account/admin-form";
    }
}
