import { RampartError } from '../../core/index.ts';
import type { Detection } from '../types.ts';
import type { Detector, DetectorInput } from './detector.ts';
import { type BuiltInTopic, compileLexicon, keywordSource, topicLexicons } from './topic-lexicons.ts';

/** A category the operator defines: words and phrases (matched whole, inflected) and examples it must catch. */
export interface CustomTopic {
  name: string;
  keywords: readonly string[];
  /** Sentences the category must catch; checked when the config loads. */
  examples?: readonly string[];
}

export type DeniedTopic = BuiltInTopic | CustomTopic;

interface CompiledTopic {
  name: string;
  expression: RegExp;
}

function compileTopic(topic: DeniedTopic): CompiledTopic {
  if (typeof topic === 'string') return { name: topic, expression: compileLexicon(topicLexicons[topic]) };
  const expression = compileLexicon(topic.keywords.map(keywordSource));
  for (const [index, example] of (topic.examples ?? []).entries()) {
    expression.lastIndex = 0;
    if (!expression.test(example.toLowerCase())) {
      throw new RampartError(
        'RAMPART_GUARD_CONFIG_INVALID',
        `topic '${topic.name}': example ${index} is not caught by its keywords`,
        {
          details: [
            {
              path: `scanners.topics.deny.${topic.name}.examples.${index}`,
              message: 'add a keyword that this example contains',
            },
          ],
        },
      );
    }
  }
  return { name: topic.name, expression };
}

/**
 * Harmful content and denied topics: one detection per category found in a text (the first place it
 * appears), over the folded view so case, width and look-alike letters do not hide a word.
 */
export function createTopicsDetector(deny: readonly DeniedTopic[]): Detector {
  const topics = deny.map(compileTopic);
  return {
    id: 'topics',
    cost: 3,
    detect({ normalised }: DetectorInput): Detection[] {
      const view = normalised.folded;
      const detections: Detection[] = [];
      for (const topic of topics) {
        topic.expression.lastIndex = 0;
        const match = topic.expression.exec(view.text);
        if (!match) continue;
        detections.push({
          ruleId: `topics.${topic.name}`,
          span: view.toOriginal(match.index, match.index + match[0].length),
          score: 1,
          message: `denied topic '${topic.name}'`,
          data: { topic: topic.name },
        });
      }
      return detections;
    },
  };
}
