package paperradar.core.embed;

import java.util.ArrayList;
import java.util.List;
import paperradar.core.model.ArxivId;

/**
 * Thirty-six short made-up papers in six topic groups of six, written for these tests: a paper's
 * true near neighbours are the other five of its group, so that precision@5 can reach 1. Ids run
 * 1..36, group by group.
 */
final class SixTopicCorpus {

  /** One paper of the corpus and the group it belongs to. */
  record Entry(String group, PaperText paper) {}

  private static final String[][] PAPERS = {
    {
      "diffusion",
      "Denoising Diffusion Models for High-Resolution Image Synthesis",
      "We train a generative model that reverses a gradual noising process, producing photorealistic images "
          + "by iterative denoising from Gaussian noise."
    },
    {
      "diffusion",
      "Faster Sampling for Score-Based Generative Models",
      "Score-based generative models need hundreds of network evaluations per sample; we propose an ODE solver "
          + "that generates images in ten steps with little loss in quality."
    },
    {
      "diffusion",
      "Latent Diffusion with Text Conditioning",
      "Running the denoising process in the latent space of an autoencoder, guided by text embeddings, yields "
          + "text-to-image generation at a fraction of the compute."
    },
    {
      "diffusion",
      "Classifier-Free Guidance Revisited",
      "We analyse how guidance strength trades sample diversity for fidelity in conditional diffusion models "
          + "and propose an adaptive guidance schedule."
    },
    {
      "diffusion",
      "Video Generation by Spatio-Temporal Denoising",
      "We extend image diffusion models to video by denoising frames jointly with temporal attention, "
          + "producing coherent short clips from text prompts."
    },
    {
      "diffusion",
      "Consistency Models for One-Step Generation",
      "We distil a pretrained diffusion model into a network that maps noise directly to a clean image in a "
          + "single step, keeping most of the sample quality."
    },
    {
      "gnn",
      "Message Passing Neural Networks on Molecular Graphs",
      "Nodes exchange messages along the edges of a graph and update their hidden states; we apply this to "
          + "predict chemical properties of molecules."
    },
    {
      "gnn",
      "Over-Smoothing in Deep Graph Convolutional Networks",
      "Stacking many graph convolution layers makes node representations indistinguishable; we study this "
          + "over-smoothing and propose residual connections to prevent it."
    },
    {
      "gnn",
      "Graph Attention Networks for Node Classification",
      "Each node attends over its neighbours with learned weights, which improves semi-supervised node "
          + "classification on citation networks."
    },
    {
      "gnn",
      "Expressive Power of Graph Neural Networks",
      "We relate graph neural networks to the Weisfeiler-Lehman isomorphism test and design architectures that "
          + "distinguish more non-isomorphic graphs."
    },
    {
      "gnn",
      "Scalable Training of GNNs on Billion-Edge Graphs",
      "Neighbour sampling and partitioned mini-batches let us train graph neural networks on social networks "
          + "with billions of edges on a single machine."
    },
    {
      "gnn",
      "Link Prediction in Knowledge Graphs with Relational GNNs",
      "A relational graph convolutional network aggregates over typed edges to score missing links between "
          + "entities in a knowledge graph."
    },
    {
      "speech",
      "End-to-End Speech Recognition with Conformers",
      "Combining convolution and self-attention in the encoder, our model transcribes spoken audio to text "
          + "with lower word error rate on LibriSpeech."
    },
    {
      "speech",
      "Self-Supervised Pretraining on Raw Audio for ASR",
      "We learn speech representations from unlabelled audio by masking latent frames, then fine-tune for "
          + "automatic speech recognition with only ten minutes of transcribed data."
    },
    {
      "speech",
      "Streaming Transducers for On-Device Dictation",
      "A recurrent neural transducer emits words while the user is still speaking, giving low-latency speech "
          + "recognition on mobile phones."
    },
    {
      "speech",
      "Robust Speech Recognition under Background Noise",
      "We augment training audio with noise and reverberation, reducing word error rate of the recogniser in "
          + "noisy far-field conditions."
    },
    {
      "speech",
      "Multilingual Speech Recognition for Low-Resource Languages",
      "One acoustic model trained on ninety languages transfers to languages with little transcribed speech, "
          + "cutting error rates in half."
    },
    {
      "speech",
      "Speaker Diarization with Neural Embeddings",
      "We segment a conversation recording by who is speaking, clustering neural speaker embeddings of short "
          + "audio windows."
    },
    {
      "protein",
      "Predicting Protein Structure from Amino Acid Sequence",
      "A deep network reads a multiple sequence alignment and predicts the three-dimensional coordinates of "
          + "every residue with near-experimental accuracy."
    },
    {
      "protein",
      "Protein Language Models Learn Folding",
      "Transformers trained on millions of protein sequences capture contacts between residues, allowing "
          + "structure prediction without alignments."
    },
    {
      "protein",
      "Inverse Folding: Designing Sequences for a Target Backbone",
      "Given a protein backbone structure, our model generates amino acid sequences that fold into it, "
          + "validated by structure prediction."
    },
    {
      "protein",
      "Predicting Protein-Protein Complexes",
      "We extend structure prediction to multimers, modelling how two protein chains dock and which residues "
          + "form the interface."
    },
    {
      "protein",
      "Folding Dynamics with Molecular Simulation and Learned Potentials",
      "Machine-learned force fields accelerate molecular dynamics, letting us simulate how small proteins fold "
          + "over microseconds."
    },
    {
      "protein",
      "Generative Design of Novel Protein Binders",
      "A generative model proposes protein backbones that bind a chosen target, and designed binders are "
          + "verified by predicted structure and lab assays."
    },
    {
      "rl",
      "Proximal Policy Optimization for Continuous Control",
      "A clipped surrogate objective stabilises policy gradient updates, letting agents learn locomotion from "
          + "rewards in simulated robots."
    },
    {
      "rl",
      "Deep Q-Networks Play Atari from Pixels",
      "An agent learns action values from raw screen images and game score alone, reaching human-level play "
          + "on many Atari games."
    },
    {
      "rl",
      "Model-Based Reinforcement Learning with World Models",
      "The agent learns a model of the environment dynamics and plans in imagination, needing far fewer "
          + "interactions than model-free methods."
    },
    {
      "rl",
      "Offline Reinforcement Learning from Logged Data",
      "We learn policies from a fixed dataset of past interactions without exploring, using conservative "
          + "value estimates to avoid overestimation."
    },
    {
      "rl",
      "Exploration with Intrinsic Curiosity Rewards",
      "When rewards are sparse, the agent rewards itself for visiting states its forward model predicts "
          + "poorly, which drives exploration of the environment."
    },
    {
      "rl",
      "Reward Shaping for Sparse-Reward Tasks",
      "Adding potential-based shaping terms to the reward speeds up learning of the optimal policy without "
          + "changing it, in navigation and manipulation tasks."
    },
    {
      "rag",
      "Retrieval-Augmented Generation for Knowledge-Intensive Tasks",
      "A language model conditions its answers on passages fetched from a document index by a dense "
          + "retriever, improving open-domain question answering."
    },
    {
      "rag",
      "Reducing Hallucination with Retrieved Evidence",
      "Grounding a chatbot's responses in retrieved documents and citing them lowers the rate of fabricated "
          + "facts in generated answers."
    },
    {
      "rag",
      "Dense Passage Retrieval for Open-Domain Question Answering",
      "Dual encoders map questions and passages to vectors; nearest-neighbour search finds the passages that "
          + "a reader model uses to answer."
    },
    {
      "rag",
      "Long-Context Language Models versus Retrieval",
      "We compare stuffing whole documents into a long context window with retrieving relevant chunks for a "
          + "large language model, and find retrieval cheaper at equal accuracy."
    },
    {
      "rag",
      "Self-Reflective Retrieval for Question Answering",
      "The language model decides when to search a corpus, critiques the retrieved passages and its own "
          + "generation, and answers with citations."
    },
    {
      "rag",
      "Chunking and Indexing Documents for Retrieval-Augmented LLMs",
      "How documents are split into chunks and embedded changes which passages the retriever returns and how "
          + "well the language model answers questions over them."
    },
  };

  private SixTopicCorpus() {}

  static List<Entry> entries() {
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < PAPERS.length; i++) {
      String[] paper = PAPERS[i];
      ArxivId arxivId = new ArxivId("2501.%05d".formatted(i + 1));
      entries.add(new Entry(paper[0], new PaperText(i + 1, arxivId, paper[1], paper[2])));
    }
    return entries;
  }

  static List<PaperText> papers() {
    return entries().stream().map(Entry::paper).toList();
  }

  static String groupOf(long paperId) {
    return PAPERS[(int) paperId - 1][0];
  }
}
