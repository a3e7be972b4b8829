package rdpdoctor.events;

import java.util.ArrayList;
import java.util.List;

/** An {@link EventDamage} that keeps what it is told: the damage and the notes, each in order. Not thread-safe. */
public final class CollectedDamage implements EventDamage {

	private final List<String> damage = new ArrayList<>();
	private final List<String> notes = new ArrayList<>();

	@Override
	public void found(String message) {
		damage.add(message);
	}

	@Override
	public void note(String message) {
		notes.add(message);
	}

	/** @return the damage told so far */
	public List<String> damage() {
		return damage;
	}

	/** @return the notes told so far */
	public List<String> notes() {
		return notes;
	}
}
