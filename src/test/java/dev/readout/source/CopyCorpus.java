package dev.readout.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small labelled corpus, written for these tests about invented meetings: for each
 * event an original report and two independent reports by other outlets (the same names,
 * dates and quoted words, in their own sentences); from the original, a machine-reworded
 * copy (synonyms swapped, clauses reordered) and an edited edition (a paragraph dropped,
 * one added, one moved).
 */
final class CopyCorpus {

	record Text(String event, String kind, String text) {

		boolean sameStoryAs(Text other) {
			return this.event.equals(other.event) && !this.kind.startsWith("independent")
					&& !other.kind.startsWith("independent");
		}

	}

	private static final List<String[]> EVENTS = List.of(new String[] { "fishing", """
			The fisheries ministers of Iceland and Norway met in Reykjavik on Tuesday to settle a long dispute over \
			mackerel quotas in the North Atlantic.

			The talks lasted more than five hours and ended with a joint plan to cut the total catch by a tenth next \
			season, according to officials from both delegations.

			Norway had pressed for a larger share of the quota, arguing that the stock had moved north into its waters \
			over the past decade.

			Iceland's minister, Katrin Solveig, called the result "a fair catch for both coasts" and said the fleets \
			would be told within a week.

			Environmental groups welcomed the cut but warned that scientists had advised a reduction twice as large.

			The two countries will review the plan at a second meeting in Bergen in March.""", """
			Norway and Iceland reached a deal on Tuesday after a marathon session in the Icelandic capital, ending \
			months of sparring over who may fish mackerel and how much.

			Under the arrangement, boats from both nations will land ten percent fewer fish from next year.

			"A fair catch for both coasts," Katrin Solveig told reporters as she left the building late in the evening.

			Oslo's negotiators had insisted that warmer seas pushed the shoals into Norwegian territory, a claim \
			Reykjavik long disputed.

			Conservationists said the reduction fell short of scientific advice.

			Delegates are due to reconvene in Bergen next March.""", """
			Reykjavik hosted a day of tough bargaining on Tuesday as Icelandic and Norwegian fisheries chiefs tried to \
			end their quarrel over North Atlantic mackerel.

			Katrin Solveig, the Icelandic minister, described the outcome as "a fair catch for both coasts".

			The agreement trims the combined harvest by a tenth, a smaller cut than marine researchers recommended.

			Industry leaders in both countries said fleets could adapt within one season.

			A follow-up session has been pencilled in for Bergen in March.""" }, new String[] { "ports", """
			Transport ministers from Kenya and Tanzania signed an agreement in Mombasa on Friday to share cargo \
			tracking data between their two largest ports.

			The deal links the customs systems of Mombasa and Dar es Salaam so that a container cleared at one port \
			can travel inland without a second inspection.

			Kenya's minister, Peter Odhiambo, said the change "cuts days, not hours" from the journey of goods to \
			Uganda and Rwanda.

			Truck drivers have long complained of queues stretching for kilometres at the border crossing at Namanga.

			The system will be tested on grain shipments from January before it covers all cargo.

			Officials from both governments will report on the trial to a regional summit in Arusha in June.""", """
			Shipping containers landing in Mombasa or Dar es Salaam will soon need only one customs check, under a \
			pact the two East African neighbours inked on Friday.

			"It cuts days, not hours," Peter Odhiambo declared at the signing ceremony on the Kenyan coast.

			Hauliers at the Namanga frontier post welcomed the news, recalling waits of up to three days.

			Grain will be the first commodity handled under the scheme, starting in January.

			Results are expected to be presented in Arusha in the middle of next year.""", """
			A long-awaited customs accord between Tanzania and Kenya was sealed in Mombasa on Friday.

			Both harbours will feed their container records into a shared database, officials explained.

			Peter Odhiambo, who holds the Kenyan transport portfolio, promised the reform "cuts days, not hours".

			Landlocked Uganda and Rwanda, which depend on the two ports, are expected to benefit most.

			A pilot covering cereal cargo begins in January, with a review at an Arusha summit in June.""" },
			new String[] { "earthquake",
					"""
							The presidents of Chile and Peru spoke by telephone on Sunday night after a strong earthquake struck \
							the coast near Arica, close to their shared border.

							Chile's president, Andrea Morales, offered rescue teams and field hospitals, and the Peruvian side \
							accepted the help within the hour.

							At least forty people were reported dead on the Peruvian side of the border, and hundreds of homes \
							were destroyed in Tacna.

							The two leaders agreed to open the border crossing at Chacalluta around the clock for aid convoys.

							Peru's president, Luis Quispe, thanked his neighbour for "help that arrived before we asked for it".

							A joint commission will meet in Lima next week to plan the rebuilding.""",
					"""
							Aid convoys began crossing from Chile into southern Peru on Monday, hours after a powerful quake \
							shook the region around Tacna and Arica.

							Luis Quispe said the support had come "before we asked for it" and praised the Chilean rescuers \
							working in the rubble.

							Peruvian authorities put the death toll at forty and said it was likely to rise.

							The Chacalluta frontier post is staying open day and night to speed deliveries.

							Officials from the two capitals will gather in Lima in the coming days to discuss reconstruction.""",
					"""
							Andrea Morales and Luis Quispe held an urgent call late on Sunday as the scale of the \
							disaster in Tacna became clear.

							Santiago dispatched mobile hospitals and search specialists at first light.

							Local officials counted forty victims and said whole streets of adobe houses had collapsed.

							Quispe, speaking to Peruvian radio, said the help had arrived "before we asked for it".

							A bilateral commission on rebuilding is due to convene in the Peruvian capital.""" },
			new String[] { "satellites", """
					The space agencies of Brazil and India agreed in Bengaluru on Wednesday to share images from their \
					earth observation satellites free of charge.

					The agreement covers forest monitoring, crop forecasts and flood warnings, and it runs for five \
					years.

					Brazil's agency chief, Marcos Tavares, said the images would help track illegal logging in the \
					Amazon "in days instead of months".

					India will also launch a small Brazilian research satellite on one of its rockets next year.

					Scientists in both countries have long asked for easier access to each other's archives.

					The agencies will hold their first joint workshop in Sao Jose dos Campos in October.""", """
					Brazilian researchers will soon be able to download Indian satellite pictures at no cost, and \
					vice versa, after the two countries signed a data pact on Wednesday.

					Marcos Tavares said deforestation in the Amazon could now be spotted "in days instead of months".

					The five-year accord, sealed in Bengaluru, also commits India to putting a Brazilian payload into \
					orbit.

					Farmers and disaster agencies are expected to be among the main users of the shared imagery.

					A first technical meeting is planned for October in Brazil.""", """
					India and Brazil have opened their satellite archives to each other under a deal concluded on \
					Wednesday in the southern Indian city of Bengaluru.

					Tavares, who heads Brazil's space programme, said rangers would catch loggers "in days instead of \
					months".

					The Indian space agency will carry a small Brazilian satellite aloft in the coming year.

					Experts said the pooling of images would sharpen harvest predictions and flood alerts.

					Engineers from both sides will meet in Sao Jose dos Campos in October.""" });

	/**
	 * What a machine rewording service does to a text: near-synonyms and moved clauses.
	 */
	private static final Map<String, String> SYNONYMS = Map.ofEntries(Map.entry("met", "gathered"),
			Map.entry("talks", "discussions"), Map.entry("meeting", "assembly"), Map.entry("agreed", "consented"),
			Map.entry("said", "stated"), Map.entry("officials", "authorities"), Map.entry("countries", "nations"),
			Map.entry("plan", "scheme"), Map.entry("signed", "inked"), Map.entry("long", "lengthy"),
			Map.entry("ended", "concluded"), Map.entry("share", "portion"), Map.entry("help", "assistance"),
			Map.entry("week", "seven days"), Map.entry("larger", "bigger"), Map.entry("warned", "cautioned"),
			Map.entry("complained", "grumbled"), Map.entry("reported", "stated"), Map.entry("strong", "powerful"),
			Map.entry("images", "pictures"), Map.entry("free", "gratis"), Map.entry("agreement", "accord"),
			Map.entry("cut", "reduction"), Map.entry("review", "reassess"), Map.entry("tested", "trialled"));

	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	private CopyCorpus() {
	}

	static List<Text> texts() {
		List<Text> texts = new ArrayList<>();
		for (String[] event : EVENTS) {
			texts.add(new Text(event[0], "original", event[1]));
			texts.add(new Text(event[0], "reworded copy", reword(event[1])));
			texts.add(new Text(event[0], "edition", edit(event[1])));
			texts.add(new Text(event[0], "independent 1", event[2]));
			texts.add(new Text(event[0], "independent 2", event[3]));
		}
		return texts;
	}

	static String reword(String text) {
		List<String> paragraphs = new ArrayList<>();
		int n = 0;
		for (String paragraph : text.split("\n\n")) {
			Matcher word = WORD.matcher(paragraph);
			StringBuilder swapped = new StringBuilder();
			while (word.find()) {
				word.appendReplacement(swapped, SYNONYMS.getOrDefault(word.group(), word.group()));
			}
			word.appendTail(swapped);
			String sentence = swapped.toString();
			// Every other sentence has its first clause moved to the end.
			int comma = sentence.indexOf(", ");
			if (n++ % 2 == 1 && comma > 0 && sentence.endsWith(".")) {
				sentence = sentence.substring(comma + 2, sentence.length() - 1) + ", "
						+ sentence.substring(0, comma).toLowerCase() + ".";
			}
			paragraphs.add(sentence);
		}
		return String.join("\n\n", paragraphs);
	}

	/** An updated edition: the fifth paragraph dropped, one added, the last moved up. */
	static String edit(String text) {
		List<String> paragraphs = new ArrayList<>(List.of(text.split("\n\n")));
		paragraphs.remove(4);
		paragraphs.add(2, "This story has been updated with reaction from both governments, who issued statements "
				+ "late in the evening describing the outcome as a first step.");
		Collections.swap(paragraphs, paragraphs.size() - 1, 1);
		return String.join("\n\n", paragraphs);
	}

}
