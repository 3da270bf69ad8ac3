package dev.readout.channel;

import java.util.ArrayList;
import java.util.List;

import dev.readout.audit.Revision;
import dev.readout.form.ChangedMeanwhile;
import dev.readout.source.Source;
import dev.readout.vocabulary.StatementKind;
import dev.readout.source.SourceRepository;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ChannelController {

	private final ChannelHealth health;

	private final ChannelEditor editor;

	private final SourceRepository sources;

	ChannelController(ChannelHealth health, ChannelEditor editor, SourceRepository sources) {
		this.health = health;
		this.editor = editor;
		this.sources = sources;
	}

	@GetMapping("/channels")
	String channels(Model model) {
		model.addAttribute("channels", this.health.channels());
		return "channel/channels";
	}

	@GetMapping("/channels/{id}/status")
	String statusForm(@PathVariable long id, Model model) {
		Channel channel = this.editor.find(id);
		return form(model, channel, ChangedMeanwhile.formToShow(model, ChannelStatusForm.from(channel)));
	}

	@PostMapping("/channels/{id}/status")
	String changeStatus(@PathVariable long id, @Valid @ModelAttribute("form") ChannelStatusForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		form.rejectIfUndated(result);
		if (result.hasErrors()) {
			return form(model, this.editor.find(id), form);
		}
		Revision<Channel> revision = this.editor.changeStatus(id, form);
		if (!revision.saved()) {
			return ChangedMeanwhile.backToForm(redirect, revision, form.startingFrom(revision.record().getVersion()),
					"/channels/" + id + "/status");
		}
		redirect.addFlashAttribute("message", "channel.statusChanged");
		return "redirect:/channels#channel-" + id;
	}

	private String form(Model model, Channel channel, ChannelStatusForm form) {
		List<Source> choices = new ArrayList<>(this.sources.findFirst20ByOrderByIdDesc());
		Source current = channel.getSource();
		if (current != null && choices.stream().noneMatch(source -> source.getId().equals(current.getId()))) {
			choices.add(0, current);
		}
		model.addAttribute("channel", channel);
		model.addAttribute("form", form);
		model.addAttribute("statuses", ChannelStatus.values());
		model.addAttribute("kinds", StatementKind.spoken());
		model.addAttribute("sources", choices);
		return "channel/status";
	}

}
