package paperradar.core.embed;

import java.util.List;

/**
 * The corpus the semantic topics' threshold was calibrated on, written for these tests: twelve
 * topics as a channel would type them, each with two paraphrases (papers about the topic that avoid
 * its words) and a near miss (a paper of the same field on another question). Every topic's
 * unrelated papers are the other topics' paraphrases.
 */
final class SemanticTopicCorpus {

  /** A topic, the papers that should match it, and one of a neighbouring subject. */
  record Case(String topic, List<String> paraphrases, String nearMiss) {}

  static final List<Case> CASES =
      List.of(
          new Case(
              "efficient long-context attention",
              List.of(
                  "Scaling Transformers to Million-Token Sequences. We approximate the softmax token-mixing layer with a "
                      + "linear-time kernel, so that language models read entire books in a single pass with a fraction "
                      + "of the memory.",
                  "Sparse Token Interactions for Lengthy Documents. Each token interacts only with a sliding window and a "
                      + "few global tokens, so the cost of a transformer layer grows linearly with document length "
                      + "instead of quadratically."),
              "Vision Transformers for Image Classification. We split images into patches and classify them with a "
                  + "standard transformer encoder pretrained on a large labelled dataset."),
          new Case(
              "protein structure prediction",
              List.of(
                  "Inferring the Three-Dimensional Fold of Polypeptide Chains. From the residue sequence and its "
                      + "evolutionary relatives, a deep network places every amino acid in space with near-experimental "
                      + "accuracy.",
                  "Where Do the Atoms Go? Learning Backbone Geometry from Amino-Acid Strings. A transformer trained on "
                      + "millions of sequences outputs residue coordinates and inter-residue distances."),
              "Gene Expression Clustering in Single-Cell RNA Sequencing. We group cells by their transcript counts "
                  + "and identify rare cell types in tissue samples."),
          new Case(
              "speech recognition",
              List.of(
                  "Transcribing Spoken Audio with Neural Acoustic Encoders. Our encoder maps waveforms of talking people "
                      + "to written words, lowering word error rate on read audiobooks.",
                  "Automatic Dictation on Mobile Phones. A streaming transducer turns what a user says into text while "
                      + "they are still talking, with low latency on device."),
              "Expressive Text-to-Speech Synthesis. We generate natural-sounding voices from written text, "
                  + "controlling prosody and emotion of the produced audio."),
          new Case(
              "graph neural networks",
              List.of(
                  "Learning on Relational Data by Message Passing. Nodes exchange messages with their neighbours along "
                      + "edges and update hidden states, predicting properties of molecules and citation links.",
                  "Deep Learning over Nodes and Edges. Convolutions generalised to irregular connectivity classify "
                      + "vertices of social and citation structures with few labels."),
              "Shortest Paths in Road Maps. We present a faster exact algorithm for route planning on continental "
                  + "street maps using contraction hierarchies."),
          new Case(
              "diffusion models for image generation",
              List.of(
                  "Synthesising Photorealistic Pictures by Iterative Denoising. Starting from Gaussian noise, a network "
                      + "trained to remove noise step by step produces high-resolution photographs from text prompts.",
                  "Score Matching for Visual Content Creation. Learning the gradient of the data log-density lets a "
                      + "sampler turn random noise into realistic faces and landscapes."),
              "Image Segmentation with Fully Convolutional Networks. Every pixel of a photograph is labelled with its "
                  + "object class in a single forward pass."),
          new Case(
              "reinforcement learning for robotics",
              List.of(
                  "Legged Locomotion through Trial and Error. Simulated quadrupeds acquire walking and running skills by "
                      + "maximising reward signals, then transfer to physical machines.",
                  "Dexterous Manipulation from Rewards. A five-fingered hand learns to rotate objects by policy "
                      + "optimisation in simulation with randomised physics."),
              "Kinematic Calibration of Industrial Arms. We estimate joint offsets of a manipulator from camera "
                  + "measurements with nonlinear least squares."),
          new Case(
              "retrieval-augmented generation",
              List.of(
                  "Looking It Up Before Answering. A language model fetches passages from a document index with a dense "
                      + "encoder and conditions its answers on them, reducing made-up facts.",
                  "Grounding Chatbot Responses in Search Results. The assistant queries a corpus, reads the top "
                      + "passages and cites them in its reply to open-domain questions."),
              "Learning to Rank Web Pages with Click Logs. We train a ranking function for a search engine from "
                  + "user clicks, correcting for position bias."),
          new Case(
              "privacy attacks on language models",
              List.of(
                  "Extracting Memorised Training Data from Large Text Generators. By sampling many continuations we "
                      + "recover verbatim personal information, phone numbers and addresses seen during training.",
                  "Membership Inference against Chatbots. An adversary decides whether a given document was part of a "
                      + "model's training corpus from its output likelihoods."),
              "Differentially Private Federated Averaging. Clients train locally and add calibrated noise to their "
                  + "updates, bounding what the server learns about any one user."),
          new Case(
              "quantization of large language models",
              List.of(
                  "Four-Bit Weights for Billion-Parameter Transformers. We compress the parameters of LLMs to low "
                      + "precision integers after training with minimal loss in perplexity.",
                  "Low-Precision Inference for Chat Assistants. Rounding weights and activations to eight-bit integers "
                      + "halves memory and doubles throughput of GPT-style decoders."),
              "Knowledge Distillation into Small Students. A compact network is trained to imitate the output "
                  + "distribution of a large teacher on unlabeled data."),
          new Case(
              "machine learning for weather forecasting",
              List.of(
                  "Neural Emulators of the Atmosphere. A network trained on decades of reanalysis predicts global "
                      + "temperature, wind and rainfall ten days ahead, faster than numerical simulation.",
                  "Predicting Tomorrow's Storms with Deep Networks. Radar and satellite observations feed a model that "
                      + "nowcasts precipitation for the next hours."),
              "Carbon Footprint of Training Neural Networks. We measure the energy use and emissions of training "
                  + "large models across data centres."),
          new Case(
              "code generation with large language models",
              List.of(
                  "Synthesising Programs from Natural-Language Descriptions. A pretrained text model writes Python "
                      + "functions from docstrings, measured by the unit tests they pass.",
                  "An AI Pair Programmer. Completing functions and fixing bugs in software repositories with a "
                      + "transformer trained on public source files."),
              "Formal Verification of Compilers. We prove in a proof assistant that an optimising compiler "
                  + "preserves the semantics of source programs."),
          new Case(
              "mixture of experts",
              List.of(
                  "Sparse Routing of Tokens to Specialised Sub-Layers. A gating network sends each token to two of many "
                      + "feed-forward blocks, growing parameters without growing compute per token.",
                  "Conditional Computation at Trillion-Parameter Scale. Only a few of thousands of parallel feed-forward "
                      + "modules are activated for each input, chosen by a learned router."),
              "Ensembles of Neural Networks for Uncertainty. Averaging the predictions of independently trained "
                  + "networks gives calibrated confidence estimates."));

  private SemanticTopicCorpus() {}
}
