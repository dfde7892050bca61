/**
 * The timer's end signal as sound, made on the spot with the Web Audio API: three short
 * tones, nothing downloaded. Browsers let a page make sound only after a tap or key press, so
 * the audio context is opened when the facilitator switches the sound on or starts the timer.
 */
type AudioContextClass = typeof AudioContext;

export interface Chime {
  /** Open (or wake) the audio context; call from a click or key press. */
  prime: () => void;
  play: () => void;
}

const TONES = [0, 0.45, 0.9];
const PITCH_HZ = 880;
const TONE_S = 0.3;

export function createChime(): Chime {
  let context: AudioContext | undefined;
  const open = () => {
    const Context = (window.AudioContext ??
      (window as unknown as { webkitAudioContext?: AudioContextClass }).webkitAudioContext) as
      AudioContextClass | undefined;
    if (!context && Context) context = new Context();
    if (context?.state === 'suspended') void context.resume().catch(() => undefined);
    return context;
  };
  return {
    prime: () => void open(),
    play: () => {
      const audio = open();
      if (!audio) return;
      const start = audio.currentTime + 0.05;
      for (const offset of TONES) {
        const tone = audio.createOscillator();
        const volume = audio.createGain();
        tone.type = 'sine';
        tone.frequency.value = PITCH_HZ;
        // A soft attack and release, so the tone rings rather than clicks.
        volume.gain.setValueAtTime(0, start + offset);
        volume.gain.linearRampToValueAtTime(0.35, start + offset + 0.02);
        volume.gain.exponentialRampToValueAtTime(0.001, start + offset + TONE_S);
        tone.connect(volume).connect(audio.destination);
        tone.start(start + offset);
        tone.stop(start + offset + TONE_S + 0.05);
      }
    },
  };
}
