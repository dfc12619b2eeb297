"""Regenerate alarm.wav: a loud two-tone alarm (~1.5 s, 16-bit PCM mono) with the stdlib only.

Run from anywhere: ``python resources/sounds/make_alarm.py``. The output is committed, so the
app never generates sound at run time; this script only documents how the file was made.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050  # Hz: plenty for tones under 2 kHz and keeps the file small
DURATION = 1.5  # seconds
TONES = (988.0, 784.0)  # B5 / G5: the "hi-lo" pattern people read as an alarm
SEGMENT = 0.25  # seconds per tone
FADE = 0.008  # seconds of fade at each segment edge, so the switch does not click
AMPLITUDE = 0.9  # peak, as a share of full scale: loud, with a little headroom
# sin + sin(3x)/3 is the start of a square wave: harsher and louder than a pure tone.
# Its peak is 2*sqrt(2)/3 (at x = pi/4); dividing by it puts the peak at AMPLITUDE.
_SHAPE_PEAK = 2 * math.sqrt(2) / 3


def sample(t: float) -> float:
    """One sample in [-1, 1]: the current tone plus its third harmonic."""
    index = int(t / SEGMENT)
    freq = TONES[index % len(TONES)]
    phase = 2 * math.pi * freq * t
    value = (math.sin(phase) + math.sin(3 * phase) / 3) / _SHAPE_PEAK
    into = t - index * SEGMENT
    edge = min(into, SEGMENT - into)
    envelope = min(1.0, edge / FADE)
    return AMPLITUDE * envelope * value


def render() -> bytes:
    count = int(RATE * DURATION)
    frames = bytearray()
    for n in range(count):
        frames += struct.pack("<h", round(32767 * sample(n / RATE)))
    return bytes(frames)


def main(out: Path | None = None) -> Path:
    target = out or Path(__file__).with_name("alarm.wav")
    with wave.open(str(target), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(render())
    return target


if __name__ == "__main__":
    print(main())
