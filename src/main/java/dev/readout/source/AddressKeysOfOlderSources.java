package dev.readout.source;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the sources recorded before addresses were compared by key (and not keyed by the
 * migration) their key, at start; usually there are none.
 */
@Component
class AddressKeysOfOlderSources implements ApplicationRunner {

	private final SourceRepository sources;

	AddressKeysOfOlderSources(SourceRepository sources) {
		this.sources = sources;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		this.sources.findWithoutUrlKey()
			.forEach(source -> source.revise(source.getPublisher(), source.getLabel(), source.getPublishedOn(),
					source.getUrl()));
	}

}
