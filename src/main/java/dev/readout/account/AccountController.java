package dev.readout.account;

import java.security.Principal;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Signing in, and one's own account: who one is signed in as, and changing one's
 * password.
 */
@Controller
class AccountController {

	private final Accounts accounts;

	AccountController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/login")
	String login() {
		return "account/login";
	}

	@GetMapping("/account")
	String account(Principal principal, Model model) {
		return page(principal, model, PasswordChangeForm.blank());
	}

	@PostMapping("/account/password")
	String changePassword(Principal principal, @Valid @ModelAttribute("form") PasswordChangeForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		form.rejectIfNotRepeated(result);
		if (!result.hasErrors()
				&& !this.accounts.changePassword(principal.getName(), form.currentPassword(), form.newPassword())) {
			result.rejectValue("currentPassword", "account.password.wrong");
		}
		if (result.hasErrors()) {
			return page(principal, model, form);
		}
		redirect.addFlashAttribute("message", "account.password.changed");
		return "redirect:/account";
	}

	private String page(Principal principal, Model model, PasswordChangeForm form) {
		model.addAttribute("account", this.accounts.find(principal.getName()));
		model.addAttribute("form", form);
		return "account/account";
	}

}
