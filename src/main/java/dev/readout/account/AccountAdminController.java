package dev.readout.account;

import java.security.Principal;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins create accounts for colleagues, change their role, and disable them. */
@Controller
class AccountAdminController {

	private final Accounts accounts;

	private final PasswordPolicy passwordPolicy;

	AccountAdminController(Accounts accounts, PasswordPolicy passwordPolicy) {
		this.accounts = accounts;
		this.passwordPolicy = passwordPolicy;
	}

	@GetMapping("/admin/accounts")
	String list(Model model) {
		return page(model, NewAccountForm.blank());
	}

	@PostMapping("/admin/accounts")
	String create(@Valid @ModelAttribute("form") NewAccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("username") && this.accounts.exists(form.username())) {
			result.rejectValue("username", "account.username.taken");
		}
		this.passwordPolicy.rejectIfUnacceptable(form.username(), form.password(), result, "password");
		if (result.hasErrors()) {
			return page(model, form);
		}
		this.accounts.create(form);
		redirect.addFlashAttribute("message", "account.created");
		return "redirect:/admin/accounts";
	}

	@PostMapping("/admin/accounts/{id}")
	String changeAccess(@PathVariable long id, @RequestParam Role role,
			@RequestParam(defaultValue = "false") boolean enabled, Principal principal, RedirectAttributes redirect) {
		boolean changed = this.accounts.changeAccess(id, role, enabled, principal.getName());
		redirect.addFlashAttribute("message", changed ? "account.changed" : "account.ownAccess");
		return "redirect:/admin/accounts";
	}

	private String page(Model model, NewAccountForm form) {
		model.addAttribute("accounts", this.accounts.all());
		model.addAttribute("roles", Role.values());
		model.addAttribute("form", form);
		return "account/accounts";
	}

}
